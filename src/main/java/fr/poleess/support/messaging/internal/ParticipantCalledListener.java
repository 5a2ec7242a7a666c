package fr.poleess.support.messaging.internal;


import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import fr.poleess.support.messaging.Outbox;
import fr.poleess.support.messaging.MessageDeliveryProcess;
import fr.poleess.support.messaging.MessageCalls;

/** On completion of "Appeler le porteur de projet" ({@code Task_CallParticipant}): the message was passed on. */
@Component(MessageDeliveryProcess.Beans.PARTICIPANT_CALLED)
class ParticipantCalledListener implements TaskListener {

    private final MessageCalls calls;

    private final Outbox outbox;

    ParticipantCalledListener(MessageCalls calls, Outbox outbox) {
        this.outbox = outbox;
        this.calls = calls;
    }

    @Override
    public void notify(DelegateTask task) {
        calls.called(outbox.messageOf(
                task.getProcessInstanceId(), task.getVariable(MessageDeliveryProcess.Variables.MESSAGE_ID)));
    }
}
