package fr.poleess.support.workshop.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import fr.poleess.support.workshop.CollectiveSessionProcess;
import fr.poleess.support.workshop.SessionPlanning;

/** « Clore le temps collectif » ({@code Task_CloseSession}). */
@Component(CollectiveSessionProcess.Beans.CLOSE_SESSION)
class CloseSessionDelegate implements JavaDelegate {

    private final SessionPlanning planning;

    CloseSessionDelegate(SessionPlanning planning) {
        this.planning = planning;
    }

    @Override
    public void execute(DelegateExecution execution) {
        planning.close(OpenRegistrationsDelegate.sessionId(execution));
    }
}
