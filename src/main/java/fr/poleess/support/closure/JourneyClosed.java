package fr.poleess.support.closure;

import java.time.LocalDate;

/**
 * Published synchronously, inside the transaction of "Bilan de fin de parcours", once a journey's
 * outcome is recorded and the journey closed: listeners act in the same transaction.
 *
 * @param journeyId the closed journey
 * @param kind what came of it
 * @param activityCreatedOn when the activity was created, for {@link OutcomeKind#ACTIVITY_CREATED} only
 */
public record JourneyClosed(Long journeyId, OutcomeKind kind, LocalDate activityCreatedOn) {
}
