package fr.poleess.support.workshop.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.journey.JourneyProcess.SessionFields;
import fr.poleess.support.workshop.SessionRegistering;

/**
 * When « Rendez-vous individuel » is created: the upcoming sessions of the journey's territory, as the
 * options of the form's checklist « Inscrire à un temps collectif » (task-local JSON variable).
 * <p>
 * Listens to the engine's task events (Camunda's Spring Boot eventing) instead of a listener in the
 * journey model, whose task keeps its completion listener as its one hook for collective time.
 */
@Component
class UpcomingSessionOptions {

    private final SessionRegistering registering;

    UpcomingSessionOptions(SessionRegistering registering) {
        this.registering = registering;
    }

    @EventListener
    public void onCreate(DelegateTask task) {
        if (!JourneyProcess.Elements.HOLD_APPOINTMENT.equals(task.getTaskDefinitionKey())
                || !TaskListener.EVENTNAME_CREATE.equals(task.getEventName())
                || task.getVariable(JourneyProcess.Variables.JOURNEY_ID) == null) {
            return;
        }
        task.setVariableLocal(SessionFields.REGISTRATION_OPTIONS, Variables.objectValue(
                registering.upcomingOptions(JourneyProcess.journeyId(task)))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    }
}
