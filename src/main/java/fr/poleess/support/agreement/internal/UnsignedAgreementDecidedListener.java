package fr.poleess.support.agreement.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.journey.JourneyProcess.UnsignedAgreementDecisionForm;
import fr.poleess.support.journey.JourneyProcess.UnsignedAgreementDecisions;
import fr.poleess.support.shared.InvalidInputException;

/**
 * On completion of "Décider de la suite du contrat non signé" ({@code Task_DecideUnsignedAgreement}):
 * only offering it again or closing may follow; anything else would leave the process stuck at its gateway.
 */
@Component(JourneyProcess.Beans.UNSIGNED_AGREEMENT_DECIDED)
class UnsignedAgreementDecidedListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariable(UnsignedAgreementDecisionForm.DECISION);
        if (!UnsignedAgreementDecisions.REPROPOSE.equals(decision) && !UnsignedAgreementDecisions.ABANDON.equals(decision)) {
            throw new InvalidInputException(UnsignedAgreementDecisionForm.DECISION, "Décision",
                    "choisissez « Proposer à nouveau la signature » ou « Clore le parcours (abandon) »");
        }
    }
}
