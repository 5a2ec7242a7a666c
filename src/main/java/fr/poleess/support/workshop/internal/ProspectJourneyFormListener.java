package fr.poleess.support.workshop.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import fr.poleess.support.workshop.CollectiveSessionProcess;
import fr.poleess.support.workshop.ProspectJourneys;

/** When « Ouvrir le parcours du prospect » is created: who the prospect is, for the form and the task list. */
@Component(CollectiveSessionProcess.Beans.PROSPECT_FORM)
class ProspectJourneyFormListener implements TaskListener {

    /** Task-local variable the form shows. */
    static final String PROSPECT_SUMMARY = CollectiveSessionProcess.ProspectJourneyFormData.SUMMARY;

    private final ProspectJourneys prospects;

    ProspectJourneyFormListener(ProspectJourneys prospects) {
        this.prospects = prospects;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariableLocal(PROSPECT_SUMMARY, prospects.describe(ProspectJourneyOpenedListener.registrationId(task)));
    }
}
