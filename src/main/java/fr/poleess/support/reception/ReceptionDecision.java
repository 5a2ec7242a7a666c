package fr.poleess.support.reception;

/** What follows the reception. */
public enum ReceptionDecision {
    AGREEMENT, REDIRECTED, POSTPONED
}
