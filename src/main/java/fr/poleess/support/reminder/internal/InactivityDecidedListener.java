package fr.poleess.support.reminder.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.journey.JourneyProcess.InactivityDecisionForm;
import fr.poleess.support.journey.JourneyProcess.InactivityDecisions;
import fr.poleess.support.journey.JourneyProcess.PathDecisions;
import fr.poleess.support.journey.JourneyProcess.Variables;
import fr.poleess.support.shared.InvalidInputException;

/**
 * On completion of "Décider de la suite" ({@code Task_DecideAfterInactivity}): only continuing or closing may
 * follow. Closing sets {@code appointmentDecision} to CLOSE, so that once the terminate end event has ended the
 * individual path, « Prolonger ou clore ? » leads to « Bilan de fin de parcours », pre-filled with ABANDONED.
 */
@Component(JourneyProcess.Beans.INACTIVITY_DECIDED)
class InactivityDecidedListener implements TaskListener {

    static final String ABANDONED = "ABANDONED";

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariable(InactivityDecisionForm.DECISION);
        if (InactivityDecisions.ABANDON.equals(decision)) {
            task.getExecution().getProcessInstance().setVariable(Variables.APPOINTMENT_DECISION, PathDecisions.CLOSE);
            task.getExecution().getProcessInstance().setVariable(Variables.OUTCOME, ABANDONED);
        } else if (!InactivityDecisions.CONTINUE.equals(decision)) {
            throw new InvalidInputException(InactivityDecisionForm.DECISION, "Décision",
                    "choisissez « Poursuivre l'accompagnement » ou « Clore le parcours (abandon) »");
        }
    }
}
