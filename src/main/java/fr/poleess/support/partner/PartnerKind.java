package fr.poleess.support.partner;

/**
 * What a partner is. The recommendations table ({@code referral-recommendations.dmn}) answers with
 * these codes, and the yearly report counts referrals by them.
 */
public enum PartnerKind {
    CMA("Chambre de métiers et de l'artisanat"),
    CCI("Chambre de commerce et d'industrie"),
    CHAMBER_OF_AGRICULTURE("Chambre d'agriculture"),
    BANK("Banque"),
    ACCOUNTANT("Expert-comptable"),
    HONOUR_LOAN("Prêt d'honneur"),
    MICRO_CREDIT("Microcrédit"),
    URSSAF("URSSAF"),
    LAWYER("Avocat"),
    EMPLOYMENT_SERVICE("Service public de l'emploi"),
    SOCIAL_SERVICES("Services sociaux"),
    PAYS_DEVELOPMENT("Pays (développement local)");

    private final String label;

    PartnerKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
