package fr.poleess.support.workshop;

/** OPEN while registrations and slots run, CLOSED once every slot's attendance is recorded, or CANCELLED. */
public enum SessionStatus {
    OPEN, CLOSED, CANCELLED
}
