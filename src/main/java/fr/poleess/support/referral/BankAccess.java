package fr.poleess.support.referral;

/** Whether the participant can count on a bank: an input of the recommendations. */
public enum BankAccess {
    YES("Oui, une banque suit déjà la personne"),
    DIFFICULT("Difficile : refus de prêt, incident bancaire, pas de relation bancaire"),
    UNKNOWN("Pas encore évalué");

    private final String label;

    BankAccess(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
