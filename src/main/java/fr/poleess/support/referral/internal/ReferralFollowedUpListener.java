package fr.poleess.support.referral.internal;

import static fr.poleess.support.referral.ReferralProcess.FollowUpForm.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import fr.poleess.support.referral.Referrals;
import fr.poleess.support.referral.RecordReferralFollowUp;
import fr.poleess.support.referral.ReferralManagement;
import fr.poleess.support.referral.ReferralProcess.Beans;
import fr.poleess.support.referral.ReferralProcess.Elements;
import fr.poleess.support.referral.ReferralProcess.Variables;
import fr.poleess.support.shared.FormValues;
import fr.poleess.support.shared.TaskActors;

/**
 * On completion of « Suivi de la mise en lien » ({@code Task_FollowUpReferral}) and « Dernier point sur
 * la mise en lien » ({@code Task_LastCheck}): records the answer; only the answer stays in the process.
 */
@Component(Beans.FOLLOWED_UP)
class ReferralFollowedUpListener implements TaskListener {

    private final ReferralManagement referrals;

    private final Referrals referralRows;

    ReferralFollowedUpListener(ReferralManagement referrals, Referrals referralRows) {
        this.referralRows = referralRows;
        this.referrals = referrals;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = FormValues.of(task.getVariables(), RecordReferralFollowUp.class);
        RecordReferralFollowUp input = new RecordReferralFollowUp(form.text(ANSWER),
                form.date(MEETING_DATE), form.text(OUTCOME));
        referrals.recordFollowUp(referralRows.referralOf(
                task.getProcessInstanceId(), task.getVariable(Variables.REFERRAL_ID)), input,
                Elements.LAST_CHECK.equals(task.getTaskDefinitionKey()), form.violations(),
                TaskActors.completingUser(task));
        task.getExecution().setVariable(Variables.ANSWER, input.referralAnswer());
        task.getExecution().removeVariables(List.of(MEETING_DATE, OUTCOME));
    }
}
