package fr.poleess.support.reception;

/** What follows the reception. */
public enum ReceptionDecision {
    AGREEMENT("vers un contrat d'accompagnement"),
    REDIRECTED("réorientation vers une autre structure"),
    POSTPONED("projet reporté");

    private final String label;

    ReceptionDecision(String label) {
        this.label = label;
    }

    /** French, as forms and documents show it. */
    public String label() {
        return label;
    }
}
