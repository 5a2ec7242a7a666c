package fr.poleess.support.journey;

import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import fr.poleess.support.shared.InvalidInputException;

/**
 * Which journey a delegate or listener of {@code participant-journey.bpmn} works on, taken from the
 * engine's own state: the process instance it runs in, recorded on the journey row when the journey
 * was registered. The {@code journeyId} variable is only a copy for forms and expressions; a client
 * that sets it (at start, on completion, through a variable endpoint) cannot point a step at another
 * journey: a copy that disagrees with the row refuses the whole step with a French {@code 400}.
 */
@Component
public class JourneyInstances {

    private final Journeys journeys;

    JourneyInstances(Journeys journeys) {
        this.journeys = journeys;
    }

    /** The journey of the process instance the task belongs to. */
    public Long journeyId(DelegateTask task) {
        return journey(task.getProcessInstanceId(), task).getId();
    }

    /** The journey of the process instance the execution belongs to. */
    public Long journeyId(DelegateExecution execution) {
        return journey(execution.getProcessInstanceId(), execution).getId();
    }

    /** The journey row of the process instance the task belongs to. */
    public Journey journey(DelegateTask task) {
        return journey(task.getProcessInstanceId(), task);
    }

    private Journey journey(String processInstanceId, VariableScope scope) {
        Journey journey = journeys.findByProcessInstanceId(processInstanceId).orElseThrow(() -> refused(
                "cette instance de processus n'est liée à aucun parcours : un parcours s'ouvre par POST /api/journeys"
                        + " ou par le formulaire « Nouvel accueil » de Tasklist"));
        Object copy = scope.getVariable(JourneyProcess.Variables.JOURNEY_ID);
        if (copy != null && !(copy instanceof Number number && Objects.equals(number.longValue(), journey.getId()))) {
            throw refused("la variable « journeyId » ne correspond pas au parcours de cette instance ; elle est fixée"
                    + " par l'application et ne peut pas être envoyée par un client");
        }
        return journey;
    }

    private static InvalidInputException refused(String message) {
        return new InvalidInputException(JourneyProcess.Variables.JOURNEY_ID, "Parcours", message);
    }
}
