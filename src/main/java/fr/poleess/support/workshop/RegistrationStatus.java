package fr.poleess.support.workshop;

/** REGISTERED holds a seat; WAITING is on the waiting list (first come, first moved up); CANCELLED. */
public enum RegistrationStatus {
    REGISTERED, WAITING, CANCELLED
}
