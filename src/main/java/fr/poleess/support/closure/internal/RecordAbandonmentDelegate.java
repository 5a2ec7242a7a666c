package fr.poleess.support.closure.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import fr.poleess.support.closure.Closures;
import fr.poleess.support.journey.JourneyInstances;
import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.journey.JourneyProcess.UnsignedAgreementDecisionForm;
import fr.poleess.support.journey.JourneyProcess.Variables;

/**
 * "Clore le parcours (abandon)" ({@code Task_RecordAbandonment}): the agreement was never signed; records
 * the outcome ABANDONED and closes the journey, in the name of the referent who decided it.
 */
@Component(JourneyProcess.Beans.RECORD_ABANDONMENT)
class RecordAbandonmentDelegate implements JavaDelegate {

    private final Closures closures;

    private final JourneyInstances journeyInstances;

    RecordAbandonmentDelegate(Closures closures, JourneyInstances journeyInstances) {
        this.journeyInstances = journeyInstances;
        this.closures = closures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object comment = execution.getVariable(UnsignedAgreementDecisionForm.COMMENT);
        closures.recordAbandonedBeforeSignature(journeyInstances.journeyId(execution),
                comment == null || comment.toString().isBlank() ? null : comment.toString(),
                (String) execution.getVariable(Variables.REFERENT_ADVISOR));
        execution.removeVariable(UnsignedAgreementDecisionForm.COMMENT);
    }
}
