package fr.poleess.support.territory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds the commune a person means, from a name as typed (accents, hyphens, « St » / « Saint »,
 * « lès » / « les » do not matter) or a postal code. Never guesses: an unknown name, or a postal code
 * shared by several communes, is {@link Refused refused} with the closest communes proposed, so that
 * nobody is routed to the wrong team without a person deciding. A postal code of another department
 * is {@link OtherDepartment}: the head office receives those people, and says so.
 *
 * <p>Plain Java over the list of communes, so the rules are unit-tested without a database.
 */
public final class CommuneMatching {

    /** Côte-d'Or's postal codes all start with 21. */
    static final String DEPARTMENT_PREFIX = "21";
    private static final int SUGGESTIONS = 3;
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private final List<Commune> communes;
    private final Map<String, List<Commune>> byKey = new HashMap<>();
    private final Map<String, List<Commune>> byPostalCode = new HashMap<>();

    public CommuneMatching(List<Commune> communes) {
        this.communes = List.copyOf(communes);
        for (Commune commune : communes) {
            byKey.computeIfAbsent(CommuneNames.matchKey(commune.getName()), k -> new ArrayList<>()).add(commune);
            for (String code : commune.getPostalCodes()) {
                byPostalCode.computeIfAbsent(code, k -> new ArrayList<>()).add(commune);
            }
        }
    }

    /**
     * @param typed the commune as typed: a name, or a postal code alone; may be blank
     * @param postalCode the postal code field, may be {@literal null}
     */
    public Match match(String typed, String postalCode) {
        String name = typed == null ? "" : typed.trim();
        String code = postalCode == null ? "" : postalCode.replace(" ", "");
        if (name.replace(" ", "").matches("[0-9]{5}")) {
            code = name.replace(" ", "");
            name = "";
        }
        if (!name.isEmpty()) {
            List<Commune> named = byKey.getOrDefault(CommuneNames.matchKey(name), List.of());
            if (named.size() == 1) {
                return new Known(named.get(0));
            }
            if (named.size() > 1) {
                String chosenCode = code;
                return named.stream().filter(c -> c.getPostalCodes().contains(chosenCode)).findFirst()
                        .<Match>map(Known::new)
                        .orElseGet(() -> new Refused("postalCode", "Code postal",
                                "plusieurs communes portent ce nom : précisez le code postal (" + labels(named) + ")"));
            }
            if (code.length() == 5 && !code.startsWith(DEPARTMENT_PREFIX)) {
                return new OtherDepartment(name, code);
            }
            List<Commune> closest = closest(name, code);
            return new Refused("commune", "Commune inconnue", closest.isEmpty()
                    ? "vérifiez l'orthographe ; pour une commune hors Côte-d'Or, indiquez aussi son code postal"
                    : "vouliez-vous dire " + alternatives(closest) + " ? Pour une commune hors Côte-d'Or,"
                            + " indiquez aussi son code postal");
        }
        if (code.isEmpty()) {
            return new Refused("commune", "Commune", "est obligatoire (son nom ou son code postal)");
        }
        if (!code.startsWith(DEPARTMENT_PREFIX)) {
            return new Refused("commune", "Commune",
                    "pour une commune hors Côte-d'Or, indiquez son nom en plus du code postal " + code);
        }
        List<Commune> coded = byPostalCode.getOrDefault(code, List.of());
        if (coded.size() == 1) {
            return new Known(coded.get(0));
        }
        if (coded.isEmpty()) {
            return new Refused("postalCode", "Code postal inconnu", code
                    + " n'est le code d'aucune commune de Côte-d'Or : vérifiez-le, ou indiquez le nom de la commune");
        }
        return new Refused("commune", "Commune", "le code postal " + code + " est celui de " + coded.size()
                + " communes : indiquez laquelle (" + labels(coded) + ")");
    }

    /** The communes whose name is closest to what was typed; those of the given postal code first. */
    List<Commune> closest(String typed, String postalCode) {
        String key = CommuneNames.matchKey(typed);
        int tolerance = Math.max(2, key.length() / 3);
        List<Map.Entry<Commune, Integer>> near = communes.stream()
                .map(c -> Map.entry(c, distance(key, CommuneNames.matchKey(c.getName()))))
                .filter(e -> e.getValue() <= tolerance).toList();
        // A clear winner (a typo away) is proposed alone; farther names only when nothing is that close.
        int best = near.stream().mapToInt(Map.Entry::getValue).min().orElse(0);
        return near.stream()
                .filter(e -> e.getValue() <= best + 1 || e.getKey().getPostalCodes().contains(postalCode))
                .sorted(Comparator.<Map.Entry<Commune, Integer>>comparingInt(
                        e -> e.getKey().getPostalCodes().contains(postalCode) ? 0 : 1)
                        .thenComparingInt(Map.Entry::getValue)
                        .thenComparing(e -> e.getKey().getName()))
                .limit(SUGGESTIONS).map(Map.Entry::getKey).toList();
    }

    /** Whole-name distance, or the distance to the name's start when only its first words were typed. */
    private static int distance(String typed, String candidate) {
        int whole = DISTANCE.apply(typed, candidate);
        if (candidate.length() > typed.length() + 2 && candidate.startsWith(typed.substring(0, Math.min(3, typed.length())))) {
            return Math.min(whole, DISTANCE.apply(typed, candidate.substring(0, typed.length())) + 1);
        }
        return whole;
    }

    private static String alternatives(List<Commune> communes) {
        List<String> labels = communes.stream().map(Commune::label).toList();
        if (labels.size() == 1) {
            return labels.get(0);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " ou " + labels.get(labels.size() - 1);
    }

    private static String labels(List<Commune> communes) {
        return communes.stream().map(Commune::label).collect(Collectors.joining(", "));
    }

    /** What a typed commune turned out to be. */
    public sealed interface Match permits Known, OtherDepartment, Refused {
    }

    /** A commune of Côte-d'Or. */
    public record Known(Commune commune) implements Match {
    }

    /** Outside Côte-d'Or: the name as typed and its postal code. */
    public record OtherDepartment(String name, String postalCode) implements Match {
    }

    /**
     * Not routed: the French refusal for the field, e.g. label « Commune inconnue », message « vouliez-vous
     * dire Savigny-lès-Beaune (21420) ? ».
     */
    public record Refused(String field, String label, String message) implements Match {
    }
}
