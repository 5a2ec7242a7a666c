package fr.poleess.support.appointment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.appointment.Appointment.BookingStatus;
import fr.poleess.support.shared.FieldViolation;
import fr.poleess.support.shared.InputValidation;
import fr.poleess.support.shared.InvalidInputException;

/**
 * Moves or cancels the appointment booked at a journey's last recorded appointment, or notes that the
 * participant did not come. Publishes {@link AppointmentChanged}: the reminder follows (moved or
 * withdrawn) and the participant is told, in the same transaction.
 */
@Service
public class AppointmentRescheduling {

    private final Appointments appointments;
    private final AppointmentChanges changes;
    private final InputValidation validation;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AppointmentRescheduling(Appointments appointments, AppointmentChanges changes, InputValidation validation,
            ApplicationEventPublisher events, Clock clock) {
        this.appointments = appointments;
        this.changes = changes;
        this.validation = validation;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param journeyId derived by the caller from the process instance or the journey reference, never
     *            from a value a client sent
     * @param readViolations values the caller could not even read
     */
    @Transactional
    public AppointmentChange change(Long journeyId, ChangeAppointment input, List<FieldViolation> readViolations,
            String advisor) {
        List<FieldViolation> violations = new ArrayList<>(readViolations);
        Appointment booking = appointments.findStandingBooking(journeyId).orElse(null);
        if (booking == null) {
            throw new InvalidInputException("appointmentOutcome", "Rendez-vous",
                    "aucun prochain rendez-vous n'est fixé pour ce parcours : rien à déplacer ni à annuler");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime previousAt = booking.getNextAppointmentAt();
        LocalDateTime newAt = null;
        if (input.kind() == AppointmentChange.Kind.MOVED) {
            if (input.newDate() == null) {
                violations.add(new FieldViolation("changeDate", "Nouvelle date", "est obligatoire pour déplacer le rendez-vous"));
            }
            if (input.newTime() == null) {
                violations.add(new FieldViolation("changeTime", "Nouvelle heure", "est obligatoire pour déplacer le rendez-vous"));
            }
            if (input.newDate() != null && input.newTime() != null) {
                newAt = input.newDate().atTime(input.newTime());
                if (!newAt.isAfter(now)) {
                    violations.add(new FieldViolation("changeDate", "Nouvelle date", "doit être dans le futur"));
                } else if (newAt.equals(previousAt)) {
                    violations.add(new FieldViolation("changeDate", "Nouvelle date",
                            "est celle du rendez-vous déjà fixé : choisissez un autre jour ou une autre heure"));
                }
            }
        } else if (input.kind() == AppointmentChange.Kind.NOT_HONOURED && previousAt.isAfter(now)) {
            violations.add(new FieldViolation("appointmentOutcome", "Que s'est-il passé ?",
                    "le rendez-vous n'a pas encore eu lieu : déplacez-le ou annulez-le"));
        } else if (input.kind() != null && input.kind() != AppointmentChange.Kind.NOT_HONOURED && !previousAt.isAfter(now)) {
            violations.add(new FieldViolation("appointmentOutcome", "Que s'est-il passé ?",
                    "l'heure du rendez-vous est passée : notez qu'il n'a pas été honoré, ou déplacez-le"));
        }
        validation.check(input, violations);
        switch (input.kind()) {
            case MOVED -> booking.moveBooking(newAt, input.newMode() != null ? input.newMode() : booking.getNextAppointmentMode(),
                    input.newMode() != null ? blankToNull(input.newPlace()) : firstNonBlank(input.newPlace(), booking.getNextAppointmentPlace()));
            case CANCELLED_BY_PARTICIPANT -> booking.endBooking(BookingStatus.CANCELLED_BY_PARTICIPANT);
            case CANCELLED_BY_US -> booking.endBooking(BookingStatus.CANCELLED_BY_US);
            case NOT_HONOURED -> booking.endBooking(BookingStatus.NOT_HONOURED);
        }
        AppointmentChange change = changes.save(new AppointmentChange(journeyId, booking.getId(), input.kind(), previousAt,
                newAt, blankToNull(input.reason()), advisor, Instant.now(clock)));
        events.publishEvent(new AppointmentChanged(journeyId, booking.getId(), input.kind(), previousAt, newAt));
        return change;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstNonBlank(String a, String b) {
        return blankToNull(a) != null ? blankToNull(a) : b;
    }
}
