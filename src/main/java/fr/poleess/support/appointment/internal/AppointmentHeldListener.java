package fr.poleess.support.appointment.internal;

import static fr.poleess.support.journey.JourneyProcess.AppointmentForm.*;

import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import fr.poleess.support.appointment.AppointmentChange;
import fr.poleess.support.appointment.AppointmentMode;
import fr.poleess.support.appointment.AppointmentRescheduling;
import fr.poleess.support.appointment.ChangeAppointment;
import fr.poleess.support.appointment.AppointmentRecording;
import fr.poleess.support.appointment.AppointmentRecording.NextStep;
import fr.poleess.support.appointment.RecordAppointment;
import fr.poleess.support.journey.JourneyInstances;
import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.journey.ParticipantMessages;
import fr.poleess.support.shared.FormValues;
import fr.poleess.support.shared.TaskActors;

/**
 * On completion of "Rendez-vous individuel" ({@code Task_HoldAppointment}): records the appointment or,
 * when the advisor chose so in the form, moves or cancels the booked one (or notes it was missed).
 * Its values are removed afterwards, so the next appointment's form opens empty; the decision stays.
 */
@Component(JourneyProcess.Beans.APPOINTMENT_HELD)
class AppointmentHeldListener implements TaskListener {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final List<String> CHANGE_FIELDS = List.of(OUTCOME, CHANGE_DATE, CHANGE_TIME, CHANGE_MODE,
            CHANGE_PLACE, CHANGE_REASON);

    private final AppointmentRecording recording;
    private final AppointmentRescheduling rescheduling;
    private final ParticipantMessages participants;

    private final JourneyInstances journeyInstances;

    AppointmentHeldListener(AppointmentRecording recording, AppointmentRescheduling rescheduling,
            ParticipantMessages participants, JourneyInstances journeyInstances) {
        this.journeyInstances = journeyInstances;
        this.recording = recording;
        this.rescheduling = rescheduling;
        this.participants = participants;
    }

    /**
     * The booked appointment is moved, cancelled or was missed: nothing is recorded as held, the
     * decision is CONTINUE so the flow loops to a new « Rendez-vous individuel », due at the new time
     * when moved (the journey's timer « 6 semaines sans rendez-vous » starts again from this contact).
     */
    private void changeBookedAppointment(DelegateTask task, FormValues form) {
        ChangeAppointment input = new ChangeAppointment(
                form.code(OUTCOME, "Que s'est-il passé ?", AppointmentChange.Kind.class),
                form.date(CHANGE_DATE, "Nouvelle date"), form.time(CHANGE_TIME, "Nouvelle heure"),
                form.code(CHANGE_MODE, "Modalité", AppointmentMode.class), form.text(CHANGE_PLACE),
                form.text(CHANGE_REASON));
        // access: derive the journey from the process instance, never from a submitted value.
        Long journeyId = journeyInstances.journeyId(task);
        rescheduling.change(journeyId, input, form.violations(), TaskActors.completingUser(task));
        task.getExecution().removeVariables(CHANGE_FIELDS);
        task.getExecution().removeVariables(List.of(DATE, TIME, DURATION_MINUTES, MODE, PLACE, STEPS_DONE, NOTES,
                NEXT_STEPS, NEXT_APPOINTMENT_DATE, NEXT_APPOINTMENT_TIME, NEXT_APPOINTMENT_MODE, NEXT_APPOINTMENT_PLACE,
                AUTOMATIC_MESSAGES));
        task.getExecution().setVariable(DECISION, NextStep.CONTINUE.name());
        if (input.kind() == AppointmentChange.Kind.MOVED) {
            task.getExecution().setVariable(JourneyProcess.Variables.NEXT_APPOINTMENT_AT,
                    Date.from(input.newDate().atTime(input.newTime()).atZone(PARIS).toInstant()));
        } else {
            task.getExecution().removeVariable(JourneyProcess.Variables.NEXT_APPOINTMENT_AT);
        }
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = FormValues.of(task.getVariables());
        Object outcome = task.getVariable(OUTCOME);
        if (outcome != null && !JourneyProcess.AppointmentOutcomes.HELD.equals(outcome)) {
            changeBookedAppointment(task, form);
            return;
        }
        task.getExecution().removeVariables(CHANGE_FIELDS);
        RecordAppointment input = new RecordAppointment(form.date(DATE, "Date du rendez-vous"),
                form.time(TIME, "Heure"), form.integer(DURATION_MINUTES, "Durée (minutes)"),
                form.code(MODE, "Modalité", AppointmentMode.class), form.text(PLACE), form.text(STEPS_DONE),
                form.text(NOTES), form.text(NEXT_STEPS), form.date(NEXT_APPOINTMENT_DATE, "Date du prochain rendez-vous"),
                form.time(NEXT_APPOINTMENT_TIME, "Heure du prochain rendez-vous"),
                form.code(NEXT_APPOINTMENT_MODE, "Modalité du prochain rendez-vous", AppointmentMode.class),
                form.text(NEXT_APPOINTMENT_PLACE));
        NextStep nextStep = form.code(DECISION, "Suite du parcours", NextStep.class);
        Long journeyId = journeyInstances.journeyId(task);
        recording.record(journeyId, input, nextStep, form.violations(), TaskActors.completingUser(task));
        task.getExecution().removeVariables(List.of(DATE, TIME, DURATION_MINUTES, MODE, PLACE, STEPS_DONE, NOTES,
                NEXT_STEPS, NEXT_APPOINTMENT_DATE, NEXT_APPOINTMENT_TIME, NEXT_APPOINTMENT_MODE, NEXT_APPOINTMENT_PLACE));
        Object messages = task.getVariable(AUTOMATIC_MESSAGES);
        if ("PAUSE".equals(messages) || "RESUME".equals(messages)) {
            participants.pauseMessages(journeyId, "PAUSE".equals(messages));
        }
        task.getExecution().removeVariable(AUTOMATIC_MESSAGES);
        // The task that will record the booked appointment takes it as due date (see the BPMN).
        if (input.nextAppointmentAt() != null) {
            task.getExecution().setVariable(JourneyProcess.Variables.NEXT_APPOINTMENT_AT,
                    Date.from(input.nextAppointmentAt().atZone(PARIS).toInstant()));
        } else {
            task.getExecution().removeVariable(JourneyProcess.Variables.NEXT_APPOINTMENT_AT);
        }
    }
}
