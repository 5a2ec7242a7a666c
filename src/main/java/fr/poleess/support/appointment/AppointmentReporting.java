package fr.poleess.support.appointment;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.appointment.AppointmentRecording.NextStep;
import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.journey.ParticipantMessages;
import fr.poleess.support.shared.FieldViolation;

/**
 * The appointment's part of « Rendez-vous individuel »: the form either reports the appointment held, or says what
 * happened to the booked one instead (moved, cancelled, not honoured). This service decides which, records it, and
 * tells the journey's process what comes next.
 */
@Service
public class AppointmentReporting {

    /**
     * What the form submitted, read without choosing: both the report of an appointment held and the change to the
     * booked one, each with the values that could not be read; {@code outcome} says which counts.
     *
     * @param outcome {@link JourneyProcess.AppointmentOutcomes#HELD} or {@literal null} for an appointment held,
     *        otherwise the name of an {@link AppointmentChange.Kind}
     */
    public record Report(String outcome, RecordAppointment held, NextStep nextStep, AutomaticMessages messages,
            List<FieldViolation> heldViolations, ChangeAppointment change, List<FieldViolation> changeViolations) {
    }

    /**
     * What the journey's process does next.
     *
     * @param decision the path's decision ({@code appointmentDecision})
     * @param nextAppointmentAt when the next appointment is booked, the due date of the next « Rendez-vous
     *        individuel »; {@literal null} when none is
     */
    public record Next(NextStep decision, LocalDateTime nextAppointmentAt) {
    }

    private final AppointmentRecording recording;
    private final AppointmentRescheduling rescheduling;
    private final ParticipantMessages participants;

    AppointmentReporting(AppointmentRecording recording, AppointmentRescheduling rescheduling,
            ParticipantMessages participants) {
        this.recording = recording;
        this.rescheduling = rescheduling;
        this.participants = participants;
    }

    /**
     * Records the appointment held, or the change to the booked one. A change records nothing as held and the path
     * continues (the flow loops to a new « Rendez-vous individuel », due at the new time when moved, and the
     * journey's timer « 6 semaines sans rendez-vous » starts again from this contact).
     */
    @Transactional
    public Next complete(Long journeyId, Report report, String advisor) {
        if (report.outcome() != null && !JourneyProcess.AppointmentOutcomes.HELD.equals(report.outcome())) {
            ChangeAppointment change = report.change();
            rescheduling.change(journeyId, change, report.changeViolations(), advisor);
            return new Next(NextStep.CONTINUE, change.kind() == AppointmentChange.Kind.MOVED
                    ? change.newDate().atTime(change.newTime()) : null);
        }
        // The pause chosen in this form applies already to the booking's confirmation (a refusal below rolls
        // it back with everything else).
        if (report.messages() == AutomaticMessages.PAUSE || report.messages() == AutomaticMessages.RESUME) {
            participants.pauseMessages(journeyId, report.messages() == AutomaticMessages.PAUSE);
        }
        recording.record(journeyId, report.held(), report.nextStep(), report.heldViolations(), advisor);
        return new Next(report.nextStep(), report.held().nextAppointmentAt());
    }
}
