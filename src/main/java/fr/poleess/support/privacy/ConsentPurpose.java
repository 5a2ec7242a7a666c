package fr.poleess.support.privacy;

/**
 * What a participant may agree to, with the wording shown to them and its version. The version is
 * stored with each consent: a new wording gets a new version, older consents keep theirs as proof.
 */
public enum ConsentPurpose {

    /** Processing of their data to support them: asked at reception, required to open a journey. */
    DATA_PROCESSING("accueil-2026-01", "J'accepte que mes données soient traitées pour mon accompagnement à la"
            + " création d'activité, conservées deux ans après le dernier contact et consultables par l'équipe de mon"
            + " territoire. Je peux y accéder, les faire rectifier ou effacer à tout moment."),
    /** Telling the referring partner how the journey goes (received, agreement signed, closed). */
    REFERRER_FEEDBACK("prescripteur-2026-01", "J'accepte que la structure qui m'a orienté·e soit informée des"
            + " grandes étapes de mon parcours (accueil, contrat signé, fin de parcours), sans aucun détail de mon projet."),
    /** Giving one partner (a professional we refer them to) their name, e-mail and phone. */
    PARTNER_SHARING("partenaire-2026-01", "J'accepte que mes nom, e-mail et téléphone soient transmis au partenaire"
            + " vers lequel mon conseiller m'oriente, pour qu'il me contacte.");

    private final String wordingVersion;
    private final String wording;

    ConsentPurpose(String wordingVersion, String wording) {
        this.wordingVersion = wordingVersion;
        this.wording = wording;
    }

    /** The version of the wording shown today. */
    public String wordingVersion() {
        return wordingVersion;
    }

    /** The French wording shown today. */
    public String wording() {
        return wording;
    }
}
