package fr.poleess.support.documents;

/** What a generated document is. */
public enum DocumentKind {
    AGREEMENT("Contrat d'accompagnement", "contrat"),
    AMENDMENT("Avenant au contrat", "avenant"),
    JOURNEY_SUMMARY("Bilan de fin de parcours", "bilan");

    private final String label;
    private final String filePrefix;

    DocumentKind(String label, String filePrefix) {
        this.label = label;
        this.filePrefix = filePrefix;
    }

    /** French, as the timeline shows it. */
    public String label() {
        return label;
    }

    String filePrefix() {
        return filePrefix;
    }
}
