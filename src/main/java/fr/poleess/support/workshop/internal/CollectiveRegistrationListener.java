package fr.poleess.support.workshop.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import fr.poleess.support.journey.JourneyInstances;
import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.shared.FormValues;
import fr.poleess.support.shared.TaskActors;
import fr.poleess.support.workshop.AppointmentSessionRegistrations;
import fr.poleess.support.workshop.SessionRegistering;

/**
 * On completion of « Rendez-vous individuel » ({@code Task_HoldAppointment}), third of its three complete
 * listeners: registers the participant for
 * the collective sessions ticked, with the same rules as the API (capacity and waiting list, no double
 * registration). The field is cleared so the next appointment's form opens empty.
 */
@Component(JourneyProcess.Beans.COLLECTIVE_REGISTRATION)
class CollectiveRegistrationListener implements TaskListener {

    private final SessionRegistering registering;

    private final JourneyInstances journeyInstances;

    CollectiveRegistrationListener(SessionRegistering registering, JourneyInstances journeyInstances) {
        this.journeyInstances = journeyInstances;
        this.registering = registering;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues values = FormValues.of(task.getVariables(), AppointmentSessionRegistrations.class);
        AppointmentSessionRegistrations input = new AppointmentSessionRegistrations(
                values.ids(JourneyProcess.AppointmentForm.SESSION_REGISTRATIONS));
        registering.registerFromAppointment(journeyInstances.journeyId(task), input, values.violations(),
                TaskActors.completingUser(task));
        task.getExecution().removeVariable(JourneyProcess.AppointmentForm.SESSION_REGISTRATIONS);
    }
}
