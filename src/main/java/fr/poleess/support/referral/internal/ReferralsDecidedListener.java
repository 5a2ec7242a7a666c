package fr.poleess.support.referral.internal;

import static fr.poleess.support.journey.JourneyProcess.AppointmentForm.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import fr.poleess.support.closure.LegalForm;
import fr.poleess.support.journey.JourneyInstances;
import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.referral.BankAccess;
import fr.poleess.support.referral.DecideReferrals;
import fr.poleess.support.referral.FinancingNeed;
import fr.poleess.support.referral.ReferralManagement;
import fr.poleess.support.shared.FormValues;
import fr.poleess.support.shared.TaskActors;

/**
 * On completion of « Rendez-vous individuel » ({@code Task_HoldAppointment}), second of its three complete
 * listeners, after the appointment itself: hands the project profile and the referrals chosen to
 * {@link ReferralManagement#decideAtAppointment}, each referral starting its own {@code referral.bpmn}. A bad value
 * (unknown partner, partner not serving the territory) refuses the whole form with a French message.
 */
@Component(JourneyProcess.Beans.REFERRALS_DECIDED)
class ReferralsDecidedListener implements TaskListener {

    private final ReferralManagement referrals;

    private final JourneyInstances journeyInstances;

    ReferralsDecidedListener(ReferralManagement referrals, JourneyInstances journeyInstances) {
        this.journeyInstances = journeyInstances;
        this.referrals = referrals;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = FormValues.of(task.getVariables(), DecideReferrals.class);
        DecideReferrals input = new DecideReferrals(form.code(LEGAL_FORM_CONSIDERED, LegalForm.class),
                form.code(FINANCING_NEED, FinancingNeed.class), form.code(BANK_ACCESS, BankAccess.class),
                form.ids(PARTNERS), form.ids(CONTACT_SHARED));
        referrals.decideAtAppointment(journeyInstances.journeyId(task), form.text(OUTCOME), input, form.violations(),
                TaskActors.completingUser(task));
        task.getExecution().removeVariables(List.of(LEGAL_FORM_CONSIDERED, FINANCING_NEED, BANK_ACCESS, PARTNERS,
                CONTACT_SHARED, JourneyProcess.Variables.REFERRAL_PARTNER_OPTIONS));
    }
}
