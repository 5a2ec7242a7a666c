package fr.poleess.support.agreement.internal;

import static fr.poleess.support.journey.JourneyProcess.AgreementSignatureForm.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import fr.poleess.support.agreement.Agreements;
import fr.poleess.support.agreement.SignAgreement;
import fr.poleess.support.journey.JourneyInstances;
import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.journey.JourneyProcess.Variables;
import fr.poleess.support.shared.FormValues;

/**
 * On completion of "Signature du contrat" ({@code Task_SignAgreement}): records the signature and
 * sets {@code agreementEndDate}, the date the individual path's boundary timer fires.
 */
@Component(JourneyProcess.Beans.AGREEMENT_SIGNED)
class AgreementSignedListener implements TaskListener {

    private final Agreements agreements;

    private final JourneyInstances journeyInstances;

    AgreementSignedListener(Agreements agreements, JourneyInstances journeyInstances) {
        this.journeyInstances = journeyInstances;
        this.agreements = agreements;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = FormValues.of(task.getVariables(), SignAgreement.class);
        SignAgreement input = new SignAgreement(form.date(SIGNED_ON), form.bool(CONFIRMED));
        Long journeyId = journeyInstances.journeyId(task);
        agreements.sign(journeyId, input, form.violations());
        task.getExecution().removeVariables(List.of(SIGNED_ON, CONFIRMED));
        task.getExecution().setVariable(Variables.AGREEMENT_END_DATE, agreements.endTimerDate(journeyId));
    }
}
