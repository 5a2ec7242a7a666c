package fr.poleess.support.privacy.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import fr.poleess.support.privacy.DataRetentionProcess;

/** « Appliquer les durées de conservation » in {@code data-retention.bpmn}: one run of {@link Retention}. */
@Component(DataRetentionProcess.Beans.APPLY)
class ApplyRetentionDelegate implements JavaDelegate {

    private final Retention retention;

    ApplyRetentionDelegate(Retention retention) {
        this.retention = retention;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Retention.Report report = retention.run(false);
        // Counts only: the history of this instance must hold nothing personal.
        execution.setVariable("journeysAnonymised", report.journeys().size());
        execution.setVariable("prospectsAnonymised", report.prospects());
        execution.setVariable("outboxBodiesErased", report.outboxBodies());
        execution.setVariable("accessLogEntriesDeleted", report.accessLogEntries());
    }
}
