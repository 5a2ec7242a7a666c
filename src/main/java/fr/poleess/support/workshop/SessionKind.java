package fr.poleess.support.workshop;

/** The three kinds of collective time the organisation runs. */
public enum SessionKind {
    INFORMATION_SESSION("Information collective"),
    THEMATIC_WORKSHOP("Atelier thématique"),
    BREAKFAST("Petit déj'");

    private final String label;

    SessionKind(String label) {
        this.label = label;
    }

    /** French, as forms, messages and the sign-in sheet show it. */
    public String label() {
        return label;
    }
}
