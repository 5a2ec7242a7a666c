package fr.poleess.support.reception;

/** How the reception took place. */
public enum ReceptionMode {
    ON_SITE("dans nos locaux"),
    OUTREACH_DESK("à la permanence"),
    PHONE("par téléphone"),
    VIDEO("en visioconférence"),
    HOME_VISIT("à domicile"),
    INFORMATION_SESSION("lors d'une information collective");

    private final String label;

    ReceptionMode(String label) {
        this.label = label;
    }

    /** French, as forms and documents show it. */
    public String label() {
        return label;
    }
}
