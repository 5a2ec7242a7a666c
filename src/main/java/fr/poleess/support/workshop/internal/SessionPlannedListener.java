package fr.poleess.support.workshop.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import fr.poleess.support.shared.FormValues;
import fr.poleess.support.shared.TaskActors;
import fr.poleess.support.workshop.CollectiveSessionProcess;
import fr.poleess.support.workshop.CollectiveSessionProcess.PlanningForm;
import fr.poleess.support.workshop.PlanningDecision;
import fr.poleess.support.workshop.SessionPlanning;

/**
 * On completion of « Planifier le temps collectif » ({@code Task_PlanSession}): hands the decision and the form
 * to {@link SessionPlanning#decide}, then gives the process the session planned, if any.
 */
@Component(CollectiveSessionProcess.Beans.SESSION_PLANNED)
class SessionPlannedListener implements TaskListener {

    private final SessionPlanning planning;

    SessionPlannedListener(SessionPlanning planning) {
        this.planning = planning;
    }

    @Override
    public void notify(DelegateTask task) {
        // A value the form does not offer reads as no decision, which the service refuses.
        PlanningDecision decision = FormValues.of(task.getVariables()).code(PlanningForm.DECISION, "Décision",
                PlanningDecision.class);
        PlanningFormReader.Read read = PlanningFormReader.read(task.getVariables());
        planning.decide(decision, read.plan(), read.violations(), TaskActors.completingUser(task),
                task.getProcessInstanceId()).ifPresent(session -> {
                    task.getExecution().setProcessBusinessKey(session.businessKey());
                    task.getExecution().removeVariables(PlanningFormReader.keys());
                    task.getExecution().setVariables(planning.processVariables(session));
                });
    }
}
