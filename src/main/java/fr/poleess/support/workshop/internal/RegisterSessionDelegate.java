package fr.poleess.support.workshop.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import fr.poleess.support.access.CurrentUser;
import fr.poleess.support.shared.FormLabels;
import fr.poleess.support.shared.InvalidInputException;
import fr.poleess.support.workshop.CollectiveSession;
import fr.poleess.support.workshop.CollectiveSessionProcess;
import fr.poleess.support.workshop.PlanSession;
import fr.poleess.support.workshop.SessionPlanning;

/** « Enregistrer le temps collectif » ({@code Task_RegisterSession}): the session from the Tasklist start form. */
@Component(CollectiveSessionProcess.Beans.REGISTER_SESSION)
class RegisterSessionDelegate implements JavaDelegate {

    private final SessionPlanning planning;
    private final CurrentUser currentUser;

    RegisterSessionDelegate(SessionPlanning planning, CurrentUser currentUser) {
        this.planning = planning;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PlanningFormReader.Read read = PlanningFormReader.read(execution.getVariables());
        String territory = read.plan().territoryCode();
        if (territory != null && currentUser.isAuthenticated() && !currentUser.canSee(territory)) {
            String field = CollectiveSessionProcess.PlanningForm.TERRITORY;
            throw new InvalidInputException(field, FormLabels.of(PlanSession.class, field),
                    "vous ne pouvez planifier un temps collectif que sur un territoire que vous suivez");
        }
        CollectiveSession session = planning.planInProcess(read.plan(), read.violations(),
                currentUser.isAuthenticated() ? currentUser.userId() : "tasklist", execution.getProcessInstanceId());
        execution.setProcessBusinessKey(session.businessKey());
        execution.removeVariables(PlanningFormReader.keys());
        execution.setVariables(planning.processVariables(session));
    }
}
