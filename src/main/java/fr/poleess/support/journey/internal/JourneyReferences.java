package fr.poleess.support.journey.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Gives readable journey references: territory code, year, number in that year ({@code BEA-2026-0042}). */
@Component
public class JourneyReferences {

    private final ReferenceCounters counters;

    JourneyReferences(ReferenceCounters counters) {
        this.counters = counters;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String territoryCode, int year) {
        ReferenceCounter counter = counters.lock(territoryCode, year)
                .orElseGet(() -> counters.saveAndFlush(new ReferenceCounter(territoryCode, year)));
        return "%s-%d-%04d".formatted(territoryCode, year, counter.next());
    }
}
