package fr.poleess.support.agreement.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.journey.JourneyProcess.AgreementEndReviewForm;
import fr.poleess.support.journey.JourneyProcess.PathDecisions;
import fr.poleess.support.shared.InvalidInputException;

/**
 * On completion of "Revue de fin de contrat" ({@code Task_ReviewAgreementEnd}): only extend or close
 * may follow; anything else would leave the process stuck at its gateway.
 */
@Component(JourneyProcess.Beans.AGREEMENT_END_REVIEWED)
class AgreementEndReviewedListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariable(AgreementEndReviewForm.DECISION);
        if (!PathDecisions.EXTEND.equals(decision) && !PathDecisions.CLOSE.equals(decision)) {
            throw new InvalidInputException(AgreementEndReviewForm.DECISION, "Décision",
                    "choisissez « Prolonger par un avenant » ou « Clore : bilan de fin de parcours »");
        }
    }
}
