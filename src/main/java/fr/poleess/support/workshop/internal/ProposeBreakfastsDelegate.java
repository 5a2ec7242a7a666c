package fr.poleess.support.workshop.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import fr.poleess.support.workshop.BreakfastProposals;
import fr.poleess.support.workshop.CollectiveSessionProcess;

/** « Proposer les petits déj' du mois prochain » ({@code Task_ProposeBreakfasts}). */
@Component(CollectiveSessionProcess.Beans.PROPOSE_BREAKFASTS)
class ProposeBreakfastsDelegate implements JavaDelegate {

    private final BreakfastProposals proposals;

    ProposeBreakfastsDelegate(BreakfastProposals proposals) {
        this.proposals = proposals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        proposals.proposeNextMonth();
    }
}
