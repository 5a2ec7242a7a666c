package fr.poleess.support.agreement.internal;

import static fr.poleess.support.journey.JourneyProcess.AgreementPreparationForm.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import fr.poleess.support.agreement.Agreements;
import fr.poleess.support.agreement.PlannedActivity;
import fr.poleess.support.agreement.PrepareAgreement;
import fr.poleess.support.agreement.SupportAgreement;
import fr.poleess.support.journey.JourneyInstances;
import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.journey.JourneyProcess.Variables;
import fr.poleess.support.shared.FormValues;
import fr.poleess.support.shared.TaskActors;

/** On completion of "Préparer le contrat" ({@code Task_PrepareAgreement}): records the agreement. */
@Component(JourneyProcess.Beans.AGREEMENT_PREPARED)
class AgreementPreparedListener implements TaskListener {

    private final Agreements agreements;

    private final JourneyInstances journeyInstances;

    AgreementPreparedListener(Agreements agreements, JourneyInstances journeyInstances) {
        this.journeyInstances = journeyInstances;
        this.agreements = agreements;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = FormValues.of(task.getVariables(), PrepareAgreement.class);
        PrepareAgreement input = new PrepareAgreement(form.date(START_DATE),
                form.integer(DURATION_MONTHS), form.text(OBJECTIVES),
                form.codes(PLANNED_ACTIVITIES, PlannedActivity.class),
                form.text(PLANNED_WORKSHOPS));
        Long journeyId = journeyInstances.journeyId(task);
        SupportAgreement agreement = agreements.prepare(journeyId, input, form.violations(),
                TaskActors.completingUser(task));
        task.getExecution().removeVariables(List.of(START_DATE, DURATION_MONTHS, OBJECTIVES, PLANNED_ACTIVITIES,
                PLANNED_WORKSHOPS));
        task.getExecution().setVariable(Variables.AGREEMENT_ID, agreement.getId());
        // « Signature du contrat » links to the agreement's PDF by the journey's reference.
        task.getExecution().setVariable(JourneyProcess.Variables.JOURNEY_REFERENCE,
                task.getExecution().getProcessBusinessKey());
    }
}
