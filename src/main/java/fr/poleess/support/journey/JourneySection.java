package fr.poleess.support.journey;

import java.util.List;

/**
 * What another module knows about a journey (its reception, agreement, appointments, outcome). The
 * journey module shows every section without depending on those modules: they depend on it.
 * <p>
 * A section reads its rows once for both its details and its timeline, from the journey it is given
 * (never read again), and reads nothing when the journey's status says it cannot have any yet: the
 * detail of a journey is one statement per section that has something to show, not two per section.
 */
public interface JourneySection {

    /** The JSON property under which the details appear ({@code "agreement"}). */
    String name();

    /** The section's details and its dated events for the journey, from one reading. */
    Part read(Journey journey);

    /**
     * @param details the details, or {@literal null} when this module has nothing for the journey yet
     * @param timeline dated events for the timeline; empty when none
     */
    record Part(Object details, List<TimelineEntry> timeline) {

        private static final Part NONE = new Part(null, List.of());

        public Part {
            timeline = List.copyOf(timeline);
        }

        /** Nothing to show, nothing in the timeline. */
        public static Part none() {
            return NONE;
        }
    }
}
