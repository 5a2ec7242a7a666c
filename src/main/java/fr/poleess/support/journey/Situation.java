package fr.poleess.support.journey;

/** Situation at entry, counted in funders' reports. */
public enum Situation {
    JOB_SEEKER("demandeur·se d'emploi"),
    RSA("allocataire du RSA"),
    EMPLOYED("salarié·e"),
    STUDENT("étudiant·e"),
    OTHER("autre");

    private final String label;

    Situation(String label) {
        this.label = label;
    }

    /** French, lower case unless a proper name, as reports and documents show it. */
    public String label() {
        return label;
    }
}
