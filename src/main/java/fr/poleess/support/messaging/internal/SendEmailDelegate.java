package fr.poleess.support.messaging.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import fr.poleess.support.messaging.Outbox;
import fr.poleess.support.messaging.MessageDeliveryProcess;
import fr.poleess.support.messaging.MessageSending;

/** "Envoyer le courriel" ({@code Task_SendEmail}), an asynchronous job retried with back-off. */
@Component(MessageDeliveryProcess.Beans.SEND_EMAIL)
class SendEmailDelegate implements JavaDelegate {

    private final MessageSending sending;

    private final Outbox outbox;

    SendEmailDelegate(MessageSending sending, Outbox outbox) {
        this.outbox = outbox;
        this.sending = sending;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sending.send(outbox.messageOf(
                execution.getProcessInstanceId(), execution.getVariable(MessageDeliveryProcess.Variables.MESSAGE_ID)));
    }
}
