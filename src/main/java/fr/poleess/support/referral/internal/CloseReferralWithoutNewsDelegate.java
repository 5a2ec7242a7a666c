package fr.poleess.support.referral.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import fr.poleess.support.referral.Referrals;
import fr.poleess.support.referral.ReferralManagement;
import fr.poleess.support.referral.ReferralProcess.Beans;
import fr.poleess.support.referral.ReferralProcess.Variables;

/** "Clore sans suite" ({@code Task_CloseWithoutNews}): still no news after the chase. */
@Component(Beans.CLOSE_WITHOUT_NEWS)
class CloseReferralWithoutNewsDelegate implements JavaDelegate {

    private final ReferralManagement referrals;

    private final Referrals referralRows;

    CloseReferralWithoutNewsDelegate(ReferralManagement referrals, Referrals referralRows) {
        this.referralRows = referralRows;
        this.referrals = referrals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        referrals.closeWithoutNews(referralRows.referralOf(
                execution.getProcessInstanceId(), execution.getVariable(Variables.REFERRAL_ID)));
    }
}
