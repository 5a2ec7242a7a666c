package fr.poleess.support.appointment;

import java.time.LocalDateTime;

/**
 * An appointment was recorded, in the transaction that records it.
 *
 * @param nextAppointmentAt the next appointment booked at it (Paris time), or {@literal null}
 */
public record AppointmentRecorded(Long journeyId, Long appointmentId, LocalDateTime nextAppointmentAt) {
}
