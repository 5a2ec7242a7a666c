package fr.poleess.support.workshop.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import fr.poleess.support.journey.JourneyInstances;
import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.workshop.SessionRegistering;

/**
 * When « Rendez-vous individuel » is created: the upcoming sessions of the journey's territory, as the
 * options of the form's checklist « Inscrire à un temps collectif » (task-local JSON variable).
 */
@Component(JourneyProcess.Beans.UPCOMING_SESSION_OPTIONS)
class UpcomingSessionOptions implements TaskListener {

    private final SessionRegistering registering;

    private final JourneyInstances journeyInstances;

    UpcomingSessionOptions(SessionRegistering registering, JourneyInstances journeyInstances) {
        this.journeyInstances = journeyInstances;
        this.registering = registering;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariableLocal(JourneyProcess.Variables.SESSION_REGISTRATION_OPTIONS, Variables.objectValue(
                registering.upcomingOptions(journeyInstances.journeyId(task)))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    }
}
