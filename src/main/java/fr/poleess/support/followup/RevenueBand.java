package fr.poleess.support.followup;

/** Yearly revenue of the activity, by band: what participants are willing to tell on the phone. */
public enum RevenueBand {
    NONE("Pas encore de chiffre d'affaires"),
    UNDER_10K("Moins de 10 000 €"),
    BAND_10K_50K("10 000 à 50 000 €"),
    BAND_50K_150K("50 000 à 150 000 €"),
    OVER_150K("Plus de 150 000 €");

    private final String label;

    RevenueBand(String label) {
        this.label = label;
    }

    /** French, as the form shows it. */
    public String label() {
        return label;
    }
}
