package fr.poleess.support.workshop.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import fr.poleess.support.workshop.CollectiveSessionProcess;
import fr.poleess.support.workshop.SessionPlanning;

/** « Ouvrir les inscriptions » ({@code Task_OpenRegistrations}). */
@Component(CollectiveSessionProcess.Beans.OPEN_REGISTRATIONS)
class OpenRegistrationsDelegate implements JavaDelegate {

    private final SessionPlanning planning;

    OpenRegistrationsDelegate(SessionPlanning planning) {
        this.planning = planning;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(planning.openRegistrations(sessionId(execution)));
    }

    static Long sessionId(org.camunda.bpm.engine.delegate.VariableScope scope) {
        return ((Number) scope.getVariable(CollectiveSessionProcess.Variables.SESSION_ID)).longValue();
    }

    static Long slotId(org.camunda.bpm.engine.delegate.VariableScope scope) {
        return ((Number) scope.getVariable(CollectiveSessionProcess.Variables.SLOT_ID)).longValue();
    }
}
