package fr.poleess.support.appointment;

/** How an appointment is held; proximity is the point for people who cannot travel. */
public enum AppointmentMode {
    ON_SITE("dans nos locaux"),
    OUTREACH_DESK("à la permanence"),
    PHONE("par téléphone"),
    VIDEO("en visioconférence"),
    HOME_VISIT("à domicile");

    private final String label;

    AppointmentMode(String label) {
        this.label = label;
    }

    /** French, as forms and documents show it. */
    public String label() {
        return label;
    }
}
