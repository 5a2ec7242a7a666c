package fr.poleess.support.partner;

/** Whether a partner sends people to us or receives the people we refer. */
public enum PartnerType {
    /** Prescripteur: sends people to us and wants to know what became of them. */
    REFERRING_PARTNER("Prescripteur"),
    /** Partenaire ressource: a professional the participant is referred to. */
    PROFESSIONAL_RESOURCE("Partenaire ressource");

    private final String label;

    PartnerType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
