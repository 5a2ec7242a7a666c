package fr.poleess.support.journey;

/** How the participant came to us. */
public enum CameThrough {
    REFERRING_PARTNER("par un prescripteur"),
    INFORMATION_SESSION("par une information collective"),
    WORD_OF_MOUTH("bouche-à-oreille"),
    MEDIA("médias"),
    OTHER("autre");

    private final String label;

    CameThrough(String label) {
        this.label = label;
    }

    /** French, lower case unless a proper name, as reports and documents show it. */
    public String label() {
        return label;
    }
}
