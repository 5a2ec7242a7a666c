package fr.poleess.support.journey;

import java.util.List;
import java.util.Optional;

/**
 * What another module knows about a journey (its reception, agreement, appointments, outcome). The
 * journey module shows every section without depending on those modules: they depend on it.
 */
public interface JourneySection {

    /** The JSON property under which the details appear ({@code "agreement"}). */
    String name();

    /** The details, or empty when this module has nothing for the journey yet. */
    Optional<Object> details(Journey journey);

    /** Dated events for the timeline; empty when none. */
    List<TimelineEntry> timeline(Journey journey);
}
