package fr.poleess.support.closure.internal;

import static fr.poleess.support.journey.JourneyProcess.FinalReviewForm.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import fr.poleess.support.closure.Closures;
import fr.poleess.support.closure.LegalForm;
import fr.poleess.support.closure.OutcomeKind;
import fr.poleess.support.closure.RecordOutcome;
import fr.poleess.support.journey.JourneyInstances;
import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.shared.FormValues;
import fr.poleess.support.shared.TaskActors;

/** On completion of "Bilan de fin de parcours" ({@code Task_FinalReview}): records the outcome, closes the journey. */
@Component(JourneyProcess.Beans.FINAL_REVIEW_COMPLETED)
class FinalReviewCompletedListener implements TaskListener {

    private final Closures closures;

    private final JourneyInstances journeyInstances;

    FinalReviewCompletedListener(Closures closures, JourneyInstances journeyInstances) {
        this.journeyInstances = journeyInstances;
        this.closures = closures;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = FormValues.of(task.getVariables(), RecordOutcome.class);
        RecordOutcome input = new RecordOutcome(form.code(OUTCOME, OutcomeKind.class),
                form.date(OUTCOME_DATE), form.text(PATH_SUMMARY),
                form.code(LEGAL_FORM, LegalForm.class),
                form.date(ACTIVITY_CREATED_ON), form.text(SIRET),
                form.integer(JOBS_CREATED), form.text(REDIRECTED_TO), form.text(COMMENT));
        Long journeyId = journeyInstances.journeyId(task);
        closures.recordFinalReview(journeyId, input, form.violations(), TaskActors.completingUser(task));
        task.getExecution().removeVariables(List.of(OUTCOME_DATE, PATH_SUMMARY, LEGAL_FORM, ACTIVITY_CREATED_ON, SIRET,
                JOBS_CREATED, REDIRECTED_TO, COMMENT));
    }
}
