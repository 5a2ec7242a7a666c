package fr.poleess.support.agreement.internal;

import static fr.poleess.support.journey.JourneyProcess.AmendmentForm.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import fr.poleess.support.agreement.Agreements;
import fr.poleess.support.agreement.AmendAgreement;
import fr.poleess.support.journey.JourneyInstances;
import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.journey.JourneyProcess.Variables;
import fr.poleess.support.shared.FormValues;
import fr.poleess.support.shared.TaskActors;

/**
 * On completion of "Avenant au contrat" ({@code Task_AmendAgreement}): records the amendment and
 * moves {@code agreementEndDate}; the path is entered again, so its timer is created with the new date.
 */
@Component(JourneyProcess.Beans.AGREEMENT_AMENDED)
class AgreementAmendedListener implements TaskListener {

    private final Agreements agreements;

    private final JourneyInstances journeyInstances;

    AgreementAmendedListener(Agreements agreements, JourneyInstances journeyInstances) {
        this.journeyInstances = journeyInstances;
        this.agreements = agreements;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = FormValues.of(task.getVariables(), AmendAgreement.class);
        AmendAgreement input = new AmendAgreement(form.integer(EXTENSION_MONTHS), form.text(REASON));
        Long journeyId = journeyInstances.journeyId(task);
        agreements.amend(journeyId, input, form.violations(), TaskActors.completingUser(task));
        task.getExecution().removeVariables(List.of(EXTENSION_MONTHS, REASON));
        task.getExecution().setVariable(Variables.AGREEMENT_END_DATE, agreements.endTimerDate(journeyId));
    }
}
