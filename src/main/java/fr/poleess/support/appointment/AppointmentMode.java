package fr.poleess.support.appointment;

/** How an appointment is held; proximity is the point for people who cannot travel. */
public enum AppointmentMode {
    ON_SITE, OUTREACH_DESK, PHONE, VIDEO, HOME_VISIT
}
