package fr.poleess.support.workshop;

/** What « Planifier le temps collectif » decides when the monthly petit déj' planning asks for a session. */
public enum PlanningDecision {
    /** Plans the session with the form's values. */
    PLAN,
    /** No petit déj' this month: nothing is saved. */
    SKIP
}
