package fr.poleess.support.referral.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import fr.poleess.support.referral.Referrals;
import fr.poleess.support.referral.ReferralManagement;
import fr.poleess.support.referral.ReferralProcess.Beans;
import fr.poleess.support.referral.ReferralProcess.Variables;

/** "Relancer le porteur de projet" ({@code Task_ChaseParticipant}): asks the participant whether the meeting happened. */
@Component(Beans.CHASE_PARTICIPANT)
class ChaseReferralParticipantDelegate implements JavaDelegate {

    private final ReferralManagement referrals;

    private final Referrals referralRows;

    ChaseReferralParticipantDelegate(ReferralManagement referrals, Referrals referralRows) {
        this.referralRows = referralRows;
        this.referrals = referrals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        referrals.chase(referralRows.referralOf(
                execution.getProcessInstanceId(), execution.getVariable(Variables.REFERRAL_ID)));
    }
}
