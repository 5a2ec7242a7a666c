package fr.poleess.support.workshop.internal;

import static fr.poleess.support.workshop.CollectiveSessionProcess.ProspectJourneyForm.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import fr.poleess.support.journey.Gender;
import fr.poleess.support.journey.Situation;
import fr.poleess.support.shared.FormValues;
import fr.poleess.support.workshop.CollectiveSessionProcess;
import fr.poleess.support.workshop.OpenProspectJourney;
import fr.poleess.support.workshop.ProspectDecision;
import fr.poleess.support.workshop.ProspectJourneys;

/**
 * On completion of « Ouvrir le parcours du prospect » ({@code Task_OpenProspectJourney}): opens the journey at
 * Accueil, or notes that the prospect finally does not go on.
 */
@Component(CollectiveSessionProcess.Beans.PROSPECT_JOURNEY_OPENED)
class ProspectJourneyOpenedListener implements TaskListener {

    private final ProspectJourneys prospects;

    ProspectJourneyOpenedListener(ProspectJourneys prospects) {
        this.prospects = prospects;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = FormValues.of(task.getVariables(), OpenProspectJourney.class);
        OpenProspectJourney input = new OpenProspectJourney(form.code(DECISION, ProspectDecision.class),
                form.integer(BIRTH_YEAR), form.code(GENDER, Gender.class), form.code(SITUATION, Situation.class),
                form.text(POSTAL_CODE), form.bool(CONSENT));
        prospects.decide(registrationId(task), input, form.violations());
        task.getExecution().removeVariables(List.of(BIRTH_YEAR, GENDER, SITUATION, POSTAL_CODE, CONSENT, DECISION));
    }

    static Long registrationId(org.camunda.bpm.engine.delegate.VariableScope scope) {
        return ((Number) scope.getVariable(CollectiveSessionProcess.Variables.PROSPECT_REGISTRATION_ID)).longValue();
    }
}
