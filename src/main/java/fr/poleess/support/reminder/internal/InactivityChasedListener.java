package fr.poleess.support.reminder.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.journey.JourneyProcess.ContactAnswers;
import fr.poleess.support.journey.JourneyProcess.InactivityChaseForm;
import fr.poleess.support.shared.InvalidInputException;

/**
 * On completion of "Relancer le porteur de projet" ({@code Task_ChaseParticipant}): only yes or no may
 * follow; anything else would leave the process stuck at its gateway.
 */
@Component(JourneyProcess.Beans.INACTIVITY_CHASED)
class InactivityChasedListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object answer = task.getVariable(InactivityChaseForm.CONTACT_RESUMED);
        if (!ContactAnswers.YES.equals(answer) && !ContactAnswers.NO.equals(answer)) {
            throw new InvalidInputException(InactivityChaseForm.CONTACT_RESUMED, "Contact repris ?",
                    "répondez « Oui » ou « Non »");
        }
    }
}
