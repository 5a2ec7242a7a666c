package fr.poleess.support.referral;

/** How much outside money the project needs, as the advisor judges it: an input of the recommendations. */
public enum FinancingNeed {
    NONE("Aucun besoin de financement extérieur"),
    SMALL("Moins de 10 000 €"),
    LARGE("10 000 € ou plus");

    private final String label;

    FinancingNeed(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
