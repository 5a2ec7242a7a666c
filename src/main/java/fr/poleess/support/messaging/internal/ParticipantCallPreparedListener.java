package fr.poleess.support.messaging.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import fr.poleess.support.messaging.MessageCalls;
import fr.poleess.support.messaging.MessageCalls.CallSheet;
import fr.poleess.support.messaging.MessageDeliveryProcess;
import fr.poleess.support.messaging.MessageDeliveryProcess.Variables;

/**
 * On creation of "Appeler le porteur de projet" ({@code Task_CallParticipant}): the message's text and whom to
 * call become task-local variables, which the form shows. They are personal, so they are not process variables
 * and never reach history ({@link MessageDeliveryProcess#HISTORY}); they go with the task.
 */
@Component(MessageDeliveryProcess.Beans.CALL_PREPARED)
class ParticipantCallPreparedListener implements TaskListener {

    private final MessageCalls calls;

    ParticipantCallPreparedListener(MessageCalls calls) {
        this.calls = calls;
    }

    @Override
    public void notify(DelegateTask task) {
        CallSheet sheet = calls.sheetOf(((Number) task.getVariable(Variables.MESSAGE_ID)).longValue());
        task.setVariableLocal(Variables.MESSAGE_TEXT, sheet.text());
        task.setVariableLocal(Variables.PARTICIPANT_NAME, sheet.whom());
    }
}
