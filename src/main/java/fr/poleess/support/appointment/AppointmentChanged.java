package fr.poleess.support.appointment;

import java.time.LocalDateTime;

/**
 * A booked appointment was moved, cancelled or missed, in the transaction that records it.
 *
 * @param bookingId the recorded appointment at which it was booked (its reminder's {@code appointmentId})
 * @param previousAt when it was to take place (Paris time)
 * @param newAt when it takes place now, only for {@link AppointmentChange.Kind#MOVED}
 */
public record AppointmentChanged(Long journeyId, Long bookingId, AppointmentChange.Kind kind, LocalDateTime previousAt,
        LocalDateTime newAt) {
}
