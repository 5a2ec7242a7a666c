package fr.poleess.support.shared;

import java.util.HashSet;
import java.util.Set;

/**
 * What of one process may reach the engine's history ({@code ACT_HI_VARINST}, {@code ACT_HI_DETAIL} and the
 * byte arrays behind them): an allow-list of variable and form field names that are ids, decisions or dates.
 * Everything else — names, contacts, situation, free-text notes, display labels, options lists — is used
 * while the process runs and never written to history, so a new form field stays out until someone
 * classifies it. {@code keptOut} names what is kept out on purpose (personal data, labels made of it, option lists);
 * the conventions test checks that every form field is in one of the two sets. Declared once per process, in its contract class (e.g.
 * {@code JourneyProcess.HISTORY}), and published as a Spring bean by its module.
 *
 * @param processKey the process definition key
 * @param kept names that may reach history: ids, decisions, dates
 * @param keptOut names that never reach history: personal data, labels made of it, option lists
 */
public record HistoryPolicy(String processKey, Set<String> kept, Set<String> keptOut) {

    public HistoryPolicy {
        kept = Set.copyOf(kept);
        keptOut = Set.copyOf(keptOut);
        Set<String> both = new HashSet<>(kept);
        both.retainAll(keptOut);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException(processKey + ": both kept in and out of history: " + both);
        }
    }

    public boolean keeps(String name) {
        return kept.contains(name);
    }

    /** Whether the name is declared at all, in or out. */
    public boolean classifies(String name) {
        return kept.contains(name) || keptOut.contains(name);
    }
}
