package fr.poleess.support.workshop.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import fr.poleess.support.shared.FormValues;
import fr.poleess.support.shared.InvalidInputException;
import fr.poleess.support.shared.TaskActors;
import fr.poleess.support.workshop.CollectiveSession;
import fr.poleess.support.workshop.CollectiveSessionProcess;
import fr.poleess.support.workshop.CollectiveSessionProcess.PlanningDecisions;
import fr.poleess.support.workshop.CollectiveSessionProcess.PlanningForm;
import fr.poleess.support.workshop.SessionPlanning;

/** On completion of « Planifier le temps collectif » ({@code Task_PlanSession}): saves the session, unless skipped. */
@Component(CollectiveSessionProcess.Beans.SESSION_PLANNED)
class SessionPlannedListener implements TaskListener {

    private final SessionPlanning planning;

    SessionPlannedListener(SessionPlanning planning) {
        this.planning = planning;
    }

    @Override
    public void notify(DelegateTask task) {
        String decision = FormValues.of(task.getVariables()).text(PlanningForm.DECISION);
        if (!PlanningDecisions.PLAN.equals(decision) && !PlanningDecisions.SKIP.equals(decision)) {
            throw new InvalidInputException(PlanningForm.DECISION, "Décision", "est obligatoire");
        }
        if (PlanningDecisions.SKIP.equals(decision)) {
            return;
        }
        PlanningFormReader.Read read = PlanningFormReader.read(task.getVariables());
        CollectiveSession session = planning.planInProcess(read.plan(), read.violations(),
                TaskActors.completingUser(task), task.getProcessInstanceId());
        task.getExecution().setProcessBusinessKey(session.businessKey());
        task.getExecution().removeVariables(PlanningFormReader.keys());
        task.getExecution().setVariables(planning.processVariables(session));
    }
}
