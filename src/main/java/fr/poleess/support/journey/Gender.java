package fr.poleess.support.journey;

/** Gender recorded for funders' statistics. */
public enum Gender {
    FEMALE("femme"),
    MALE("homme"),
    OTHER("autre");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    /** French, lower case unless a proper name, as reports and documents show it. */
    public String label() {
        return label;
    }
}
