package fr.poleess.support.journey.internal;

import static fr.poleess.support.journey.JourneyProcess.NewReceptionForm.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import fr.poleess.support.journey.CameThrough;
import fr.poleess.support.journey.Gender;
import fr.poleess.support.journey.JourneyOpening;
import fr.poleess.support.journey.JourneyOpening.Registration;
import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.journey.JourneyProcess.Variables;
import fr.poleess.support.journey.MobilityConstraint;
import fr.poleess.support.journey.NewParticipant;
import fr.poleess.support.journey.ReferringPartnerType;
import fr.poleess.support.journey.Situation;
import fr.poleess.support.shared.FormValues;

/**
 * "Enregistrer le parcours" ({@code Task_RegisterJourney}). Synchronous on purpose: when the start
 * form holds a bad value, the exception reaches Tasklist and the advisor reads why, in French, and
 * nothing is written. The raw form values are removed afterwards: the process keeps ids only, and
 * none of them ever reaches the engine's history ({@link JourneyProcess#HISTORY}).
 */
@Component(JourneyProcess.Beans.REGISTER_JOURNEY)
class RegisterJourneyDelegate implements JavaDelegate {

    private final JourneyOpening opening;

    RegisterJourneyDelegate(JourneyOpening opening) {
        this.opening = opening;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object journeyId = execution.getVariable(Variables.JOURNEY_ID);
        if (journeyId != null) {
            opening.attachProcess(((Number) journeyId).longValue(), execution.getProcessInstanceId());
            return;
        }
        FormValues form = FormValues.of(execution.getVariables());
        NewParticipant participant = new NewParticipant(form.text(FIRST_NAME), form.text(LAST_NAME), form.text(EMAIL),
                form.text(PHONE), form.text(ADDRESS_LINE), form.text(POSTAL_CODE), form.text(COMMUNE),
                form.integer(BIRTH_YEAR, "Année de naissance"), form.code(GENDER, "Genre", Gender.class),
                form.code(SITUATION, "Situation actuelle", Situation.class),
                form.codes(MOBILITY_CONSTRAINTS, "Contraintes de mobilité", MobilityConstraint.class),
                form.code(CAME_THROUGH, "Origine de la demande", CameThrough.class),
                form.code(REFERRING_PARTNER_TYPE, "Type de prescripteur", ReferringPartnerType.class),
                form.text(REFERRING_PARTNER_NAME), form.date(INFORMATION_SESSION_DATE, "Date de l'information collective"),
                form.bool(CONSENT_GIVEN), null,
                form.bool(JourneyProcess.ReferralFields.NewReceptionForm.REFERRER_FEEDBACK_CONSENT));
        Registration registration = opening.registerFromStartForm(execution.getProcessInstanceId(), participant,
                form.violations());
        execution.setProcessBusinessKey(registration.journey().getReference());
        execution.removeVariables(ALL);
        execution.removeVariable(JourneyProcess.ReferralFields.NewReceptionForm.REFERRER_FEEDBACK_CONSENT);
        execution.setVariable(Variables.JOURNEY_ID, registration.journey().getId());
        execution.setVariable(Variables.TERRITORY_CODE, registration.journey().getTerritoryCode());
        execution.setVariable(Variables.ADVISORS_GROUP, registration.advisorsGroup());
    }
}
