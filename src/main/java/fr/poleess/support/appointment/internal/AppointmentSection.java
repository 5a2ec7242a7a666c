package fr.poleess.support.appointment.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.poleess.support.appointment.Appointment;
import fr.poleess.support.appointment.AppointmentChanges;
import fr.poleess.support.appointment.AppointmentMode;
import fr.poleess.support.appointment.Appointments;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.JourneySection;
import fr.poleess.support.journey.JourneyStatus;
import fr.poleess.support.journey.TimelineEntry;

/** The appointments held, in a journey's detail and timeline. */
@Component
@Order(3)
class AppointmentSection implements JourneySection {

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("d MMMM yyyy 'à' H' h 'mm", java.util.Locale.FRENCH);

    private final Appointments appointments;
    private final AppointmentChanges changes;

    AppointmentSection(Appointments appointments, AppointmentChanges changes) {
        this.appointments = appointments;
        this.changes = changes;
    }

    @Override
    public String name() {
        return "appointments";
    }

    @Override
    public Part read(Journey journey) {
        // Appointments follow the agreement: a journey still at reception has none.
        if (journey.getStatus() == JourneyStatus.RECEPTION) {
            return new Part(List.of(), List.of());
        }
        List<Appointment> held = appointments.findByJourneyIdOrderByHeldAt(journey.getId());
        List<TimelineEntry> entries = new java.util.ArrayList<>(held.stream()
                .map(a -> new TimelineEntry(a.getHeldAt(), "APPOINTMENT",
                        "Rendez-vous individuel " + a.getMode().label() + " (" + a.getDurationMinutes() + " min)", a.getAdvisor()))
                .toList());
        // Every move or cancellation of a booking bumps its invitation's SEQUENCE: none bumped, no change to read.
        if (held.stream().anyMatch(a -> a.getNextAppointmentSequence() > 0)) {
            changes.findByJourneyIdOrderByChangedAt(journey.getId()).forEach(c -> entries.add(new TimelineEntry(
                    LocalDateTime.ofInstant(c.getChangedAt(), java.time.ZoneId.of("Europe/Paris")), "APPOINTMENT_" + c.getKind().name(),
                    c.getKind().label() + " : prévu le " + WHEN.format(c.getPreviousAt())
                            + (c.getNewAt() == null ? "" : ", désormais le " + WHEN.format(c.getNewAt())), c.getAdvisor())));
        }
        return new Part(held.stream().map(AppointmentView::of).toList(), entries);
    }

    record AppointmentView(LocalDateTime heldAt, int durationMinutes, AppointmentMode mode, String place,
            String stepsDone, String notes, String nextSteps, LocalDate nextAppointmentOn, String advisor) {

        static AppointmentView of(Appointment a) {
            return new AppointmentView(a.getHeldAt(), a.getDurationMinutes(), a.getMode(), a.getPlace(), a.getStepsDone(),
                    a.getNotes(), a.getNextSteps(), a.getNextAppointmentOn(), a.getAdvisor());
        }
    }
}
