package fr.poleess.support.journey;

/** Kind of referring partner (prescripteur) who sent the participant. */
public enum ReferringPartnerType {
    FRANCE_TRAVAIL("France Travail"),
    MAISON_DE_L_EMPLOI("Maison de l'Emploi"),
    MISSION_LOCALE("Mission locale"),
    SOCIAL_SERVICES("services sociaux"),
    PAYS_DEVELOPMENT("Pays (développement local)"),
    CONSULAR_CHAMBER("chambre consulaire"),
    OTHER("autre");

    private final String label;

    ReferringPartnerType(String label) {
        this.label = label;
    }

    /** French, lower case unless a proper name, as reports and documents show it. */
    public String label() {
        return label;
    }
}
