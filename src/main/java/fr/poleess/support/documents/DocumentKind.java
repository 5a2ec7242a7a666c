package fr.poleess.support.documents;

/** What a generated document is. */
public enum DocumentKind {
    AGREEMENT("Contrat d'accompagnement"),
    AMENDMENT("Avenant au contrat"),
    JOURNEY_SUMMARY("Bilan de fin de parcours");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    /** French, as the timeline shows it. */
    public String label() {
        return label;
    }
}
