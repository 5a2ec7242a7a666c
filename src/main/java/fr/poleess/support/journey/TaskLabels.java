package fr.poleess.support.journey;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.journey.JourneyProcess.Variables;

/**
 * Whom a task is about. Every task of a journey — in the journey's own process and in the referral and
 * post-creation follow-up processes, which carry its {@code journeyId} — gets the task-local variable
 * {@link Variables#PARTICIPANT_NAME} (« Marie DUPONT — Meursault ») when it is created, computed from the
 * participant's row. Tasklist shows it in the list (filter column « Porteur de projet ») and in the forms'
 * titles. It is not a process variable, the engine's history never holds it (it is not in any
 * {@link fr.poleess.support.shared.HistoryPolicy}'s kept names), and it disappears with the task;
 * {@link #erase(long)} removes it from the tasks still open.
 */
@Service
public class TaskLabels {

    private final Journeys journeys;
    private final TaskService taskService;

    TaskLabels(Journeys journeys, TaskService taskService) {
        this.journeys = journeys;
        this.taskService = taskService;
    }

    /** The label a task of this journey shows. */
    public String labelOf(Journey journey) {
        return journey.getParticipant().displayName();
    }

    /** On task creation: labels a task whose process belongs to a journey; leaves other tasks alone. */
    public void label(DelegateTask task) {
        if (task.getVariable(Variables.JOURNEY_ID) instanceof Number journeyId) {
            journeys.findById(journeyId.longValue())
                    .ifPresent(journey -> task.setVariableLocal(Variables.PARTICIPANT_NAME, labelOf(journey)));
        }
    }

    /**
     * Erasure: on every open task of the journey (any process whose business key is its reference, message
     * calls included) the label becomes the journey's reference, which says nothing about the person. Tasks
     * created later are labelled from the participant's row again, so erase or anonymise that first.
     *
     * @return how many tasks had a label
     */
    @Transactional
    public int erase(long journeyId) {
        Journey journey = journeys.require(journeyId);
        List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(journey.getReference()).list();
        int erased = 0;
        for (Task task : tasks) {
            if (taskService.getVariableLocal(task.getId(), Variables.PARTICIPANT_NAME) != null) {
                taskService.setVariableLocal(task.getId(), Variables.PARTICIPANT_NAME, journey.getReference());
                erased++;
            }
        }
        return erased;
    }
}
