package fr.poleess.support.appointment.internal;

import static fr.poleess.support.journey.JourneyProcess.AppointmentForm.*;

import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import fr.poleess.support.appointment.AppointmentChange;
import fr.poleess.support.appointment.AppointmentMode;
import fr.poleess.support.appointment.AppointmentRecording.NextStep;
import fr.poleess.support.appointment.AppointmentReporting;
import fr.poleess.support.appointment.AutomaticMessages;
import fr.poleess.support.appointment.ChangeAppointment;
import fr.poleess.support.appointment.RecordAppointment;
import fr.poleess.support.journey.JourneyInstances;
import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.shared.FormValues;
import fr.poleess.support.shared.TaskActors;

/**
 * On completion of « Rendez-vous individuel » ({@code Task_HoldAppointment}), first of its three complete listeners:
 * reads the appointment's fields and hands them to {@link AppointmentReporting#complete}, which records the
 * appointment held or the change to the booked one. Its values are removed afterwards, so the next appointment's
 * form opens empty; the decision and the next appointment's due date are set for the process.
 */
@Component(JourneyProcess.Beans.APPOINTMENT_HELD)
class AppointmentHeldListener implements TaskListener {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final List<String> FIELDS = List.of(OUTCOME, CHANGE_DATE, CHANGE_TIME, CHANGE_MODE, CHANGE_PLACE,
            CHANGE_REASON, DATE, TIME, DURATION_MINUTES, MODE, PLACE, STEPS_DONE, NOTES, NEXT_STEPS,
            NEXT_APPOINTMENT_DATE, NEXT_APPOINTMENT_TIME, NEXT_APPOINTMENT_MODE, NEXT_APPOINTMENT_PLACE,
            AUTOMATIC_MESSAGES);

    private final AppointmentReporting reporting;

    private final JourneyInstances journeyInstances;

    AppointmentHeldListener(AppointmentReporting reporting, JourneyInstances journeyInstances) {
        this.reporting = reporting;
        this.journeyInstances = journeyInstances;
    }

    @Override
    public void notify(DelegateTask task) {
        Map<String, Object> values = task.getVariables();
        FormValues held = FormValues.of(values, RecordAppointment.class);
        RecordAppointment appointment = new RecordAppointment(held.date(DATE), held.time(TIME),
                held.integer(DURATION_MINUTES), held.code(MODE, AppointmentMode.class), held.text(PLACE),
                held.text(STEPS_DONE), held.text(NOTES), held.text(NEXT_STEPS), held.date(NEXT_APPOINTMENT_DATE),
                held.time(NEXT_APPOINTMENT_TIME), held.code(NEXT_APPOINTMENT_MODE, AppointmentMode.class),
                held.text(NEXT_APPOINTMENT_PLACE));
        // The decision and the messages' choice are the process's and the participant's, not the appointment's.
        NextStep nextStep = held.code(DECISION, "Suite du parcours", NextStep.class);
        AutomaticMessages messages = held.code(AUTOMATIC_MESSAGES, "Messages automatiques (rappels)",
                AutomaticMessages.class);
        FormValues changed = FormValues.of(values, ChangeAppointment.class);
        ChangeAppointment change = new ChangeAppointment(changed.code(OUTCOME, AppointmentChange.Kind.class),
                changed.date(CHANGE_DATE), changed.time(CHANGE_TIME), changed.code(CHANGE_MODE, AppointmentMode.class),
                changed.text(CHANGE_PLACE), changed.text(CHANGE_REASON));
        AppointmentReporting.Report report = new AppointmentReporting.Report(held.text(OUTCOME), appointment,
                nextStep, messages, held.violations(), change, changed.violations());

        // access: derive the journey from the process instance, never from a submitted value.
        AppointmentReporting.Next next = reporting.complete(journeyInstances.journeyId(task), report,
                TaskActors.completingUser(task));

        task.getExecution().removeVariables(FIELDS);
        task.getExecution().setVariable(DECISION, next.decision().name());
        // The task that will record the booked appointment takes it as due date (see the BPMN).
        if (next.nextAppointmentAt() != null) {
            task.getExecution().setVariable(JourneyProcess.Variables.NEXT_APPOINTMENT_AT,
                    Date.from(next.nextAppointmentAt().atZone(PARIS).toInstant()));
        } else {
            task.getExecution().removeVariable(JourneyProcess.Variables.NEXT_APPOINTMENT_AT);
        }
    }
}
