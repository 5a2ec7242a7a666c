package fr.poleess.support.reception;

import java.time.LocalDate;

/**
 * Published synchronously, inside the transaction of "Accueil", once the reception is recorded: the
 * journey goes on to the agreement, or (redirected, postponed) closes there.
 */
public record ReceptionHeld(Long journeyId, LocalDate heldOn, ReceptionDecision decision, String redirectedTo) {
}
