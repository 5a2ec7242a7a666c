package fr.poleess.support.closure;

/** What came of a journey. */
public enum OutcomeKind {
    ACTIVITY_CREATED("activité créée"),
    SALARIED_JOB("emploi salarié"),
    TRAINING("formation"),
    ABANDONED("projet abandonné"),
    POSTPONED("projet reporté"),
    REDIRECTED("réorientation vers une autre structure");

    private final String label;

    OutcomeKind(String label) {
        this.label = label;
    }

    /** French, as forms and documents show it. */
    public String label() {
        return label;
    }
}
