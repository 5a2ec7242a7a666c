package fr.poleess.support.appointment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.agreement.SupportAgreement;
import fr.poleess.support.agreement.SupportAgreements;
import fr.poleess.support.shared.FieldViolation;
import fr.poleess.support.shared.InputValidation;

/** Records the appointments of the individual path. */
@Service
public class AppointmentRecording {

    /** What may follow an appointment, as the form offers it. */
    public enum NextStep {
        CONTINUE, EXTEND, CLOSE
    }

    private final Appointments appointments;
    private final SupportAgreements agreements;
    private final InputValidation validation;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AppointmentRecording(Appointments appointments, SupportAgreements agreements, InputValidation validation,
            ApplicationEventPublisher events, Clock clock) {
        this.appointments = appointments;
        this.agreements = agreements;
        this.validation = validation;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param nextStep what the advisor decided; {@literal null} when they did not choose
     */
    @Transactional
    public Appointment record(Long journeyId, RecordAppointment input, NextStep nextStep,
            List<FieldViolation> readViolations, String advisor) {
        List<FieldViolation> violations = new ArrayList<>(readViolations);
        if (nextStep == null && violations.stream().noneMatch(v -> v.field().equals("appointmentDecision"))) {
            violations.add(new FieldViolation("appointmentDecision", "Suite du parcours", "est obligatoire"));
        }
        if (input.nextAppointmentDate() != null && input.appointmentDate() != null
                && !input.nextAppointmentDate().isAfter(input.appointmentDate())) {
            violations.add(new FieldViolation("nextAppointmentDate", "Date du prochain rendez-vous",
                    "doit être postérieure au rendez-vous enregistré"));
        }
        if (nextStep == NextStep.EXTEND) {
            agreements.findByJourneyId(journeyId)
                    .filter(a -> a.getDurationMonths() >= SupportAgreement.MAX_MONTHS)
                    .ifPresent(a -> violations.add(new FieldViolation("appointmentDecision", "Suite du parcours",
                            "le contrat atteint déjà 24 mois : il ne peut plus être prolongé")));
        }
        if (input.nextAppointmentDate() != null && input.nextAppointmentTime() == null) {
            violations.add(new FieldViolation("nextAppointmentTime", "Heure du prochain rendez-vous",
                    "est obligatoire quand un prochain rendez-vous est fixé"));
        }
        if (input.nextAppointmentDate() != null && input.nextAppointmentMode() == null) {
            violations.add(new FieldViolation("nextAppointmentMode", "Modalité du prochain rendez-vous",
                    "est obligatoire quand un prochain rendez-vous est fixé"));
        }
        if (input.nextAppointmentDate() != null && nextStep == NextStep.CLOSE) {
            violations.add(new FieldViolation("nextAppointmentDate", "Date du prochain rendez-vous",
                    "ne peut pas être fixée quand le parcours passe au bilan"));
        }
        validation.check(input, violations);
        // The appointment booked last time is the one being recorded now (or replaced by it).
        appointments.findStandingBooking(journeyId).ifPresent(Appointment::bookingHeld);
        Appointment appointment = appointments.save(new Appointment(journeyId, input, advisor, Instant.now(clock)));
        events.publishEvent(new AppointmentRecorded(journeyId, appointment.getId(), appointment.getNextAppointmentAt()));
        return appointment;
    }
}
