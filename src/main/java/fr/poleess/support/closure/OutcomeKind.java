package fr.poleess.support.closure;

/** What came of a journey. */
public enum OutcomeKind {
    ACTIVITY_CREATED, SALARIED_JOB, TRAINING, ABANDONED, POSTPONED, REDIRECTED
}
