package fr.poleess.support.shared;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is completing a user task: the assignee, or else the user logged into Tasklist or the REST API. */
public final class TaskActors {

    private TaskActors() {
    }

    /**
     * @throws InvalidInputException when nobody can be named, so that no record is left without an author
     */
    public static String completingUser(DelegateTask task) {
        if (task.getAssignee() != null && !task.getAssignee().isBlank()) {
            return task.getAssignee();
        }
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        throw new InvalidInputException("assignee", "Tâche",
                "prenez d'abord la tâche en charge (bouton « Claim ») avant de la terminer");
    }
}
