package fr.poleess.support.agreement.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import fr.poleess.support.agreement.SignatureReminders;
import fr.poleess.support.journey.JourneyInstances;
import fr.poleess.support.journey.JourneyProcess;

/** "Relancer pour la signature" ({@code Task_RemindAgreementSignature}). */
@Component(JourneyProcess.Beans.REMIND_AGREEMENT_SIGNATURE)
class RemindAgreementSignatureDelegate implements JavaDelegate {

    private final SignatureReminders reminders;

    private final JourneyInstances journeyInstances;

    RemindAgreementSignatureDelegate(SignatureReminders reminders, JourneyInstances journeyInstances) {
        this.journeyInstances = journeyInstances;
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reminders.remindToSign(journeyInstances.journeyId(execution));
    }
}
