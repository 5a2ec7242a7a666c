package fr.poleess.support.referral.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import fr.poleess.support.referral.Referrals;
import fr.poleess.support.referral.ReferralManagement;
import fr.poleess.support.referral.ReferralProcess.Beans;
import fr.poleess.support.referral.ReferralProcess.Variables;

/** "Envoyer la mise en lien" ({@code Task_SendReferral}): the messages to the participant and, with consent, to the partner. */
@Component(Beans.SEND_REFERRAL)
class SendReferralDelegate implements JavaDelegate {

    private final ReferralManagement referrals;

    private final Referrals referralRows;

    SendReferralDelegate(ReferralManagement referrals, Referrals referralRows) {
        this.referralRows = referralRows;
        this.referrals = referrals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        referrals.send(referralRows.referralOf(
                execution.getProcessInstanceId(), execution.getVariable(Variables.REFERRAL_ID)));
    }
}
