package fr.poleess.support.journey.internal;

import static fr.poleess.support.journey.JourneyProcess.NewReceptionForm.*;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
import fr.poleess.support.shared.InvalidInputException;

/**
 * "Enregistrer le parcours" ({@code Task_RegisterJourney}). Synchronous on purpose: when the start
 * form holds a bad value, the exception reaches Tasklist and the advisor reads why, in French, and
 * nothing is written. The raw form values are removed afterwards: the process keeps ids only, and
 * none of them ever reaches the engine's history ({@link JourneyProcess#HISTORY}).
 * <p>
 * Two ways in, neither trusting a variable: the journey {@code POST /api/journeys} is opening in this
 * very transaction ({@link JourneyOpening#openingInProgress}), or the start form « Nouvel accueil »,
 * whose fields are then the only variables allowed: a start carrying {@code journeyId},
 * {@code advisorsGroup} or anything else is refused, so no start can take over an existing journey.
 */
@Component(JourneyProcess.Beans.REGISTER_JOURNEY)
class RegisterJourneyDelegate implements JavaDelegate {

    private final JourneyOpening opening;

    RegisterJourneyDelegate(JourneyOpening opening) {
        this.opening = opening;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Optional<Registration> opened = opening.openingInProgress(execution.getProcessBusinessKey());
        if (opened.isPresent()) {
            opening.attachProcess(opened.get(), execution.getProcessInstanceId());
            setProcessVariables(execution, opened.get());
            return;
        }
        Set<String> unexpected = new TreeSet<>(execution.getVariableNames());
        unexpected.removeAll(JourneyProcess.START_FORM_FIELDS);
        if (!unexpected.isEmpty()) {
            throw new InvalidInputException(unexpected.iterator().next(), "Nouvel accueil",
                    "un parcours s'ouvre avec les seuls champs du formulaire « Nouvel accueil » ; refusé : "
                            + String.join(", ", unexpected));
        }
        FormValues form = FormValues.of(execution.getVariables(), NewParticipant.class);
        NewParticipant participant = NewParticipant.builder()
                .firstName(form.text(FIRST_NAME)).lastName(form.text(LAST_NAME))
                .email(form.text(EMAIL)).phone(form.text(PHONE))
                .addressLine(form.text(ADDRESS_LINE)).postalCode(form.text(POSTAL_CODE)).commune(form.text(COMMUNE))
                .birthYear(form.integer(BIRTH_YEAR)).gender(form.code(GENDER, Gender.class))
                .situation(form.code(SITUATION, Situation.class))
                .mobilityConstraints(form.codes(MOBILITY_CONSTRAINTS, MobilityConstraint.class))
                .cameThrough(form.code(CAME_THROUGH, CameThrough.class))
                .referringPartnerType(form.code(REFERRING_PARTNER_TYPE, ReferringPartnerType.class))
                .referringPartnerName(form.text(REFERRING_PARTNER_NAME))
                .informationSessionDate(form.date(INFORMATION_SESSION_DATE))
                .consentGiven(form.bool(CONSENT_GIVEN))
                .referrerFeedbackConsent(form.bool(REFERRER_FEEDBACK_CONSENT))
                .build();
        Registration registration = opening.registerFromStartForm(execution.getProcessInstanceId(), participant,
                form.violations());
        execution.setProcessBusinessKey(registration.journey().getReference());
        execution.removeVariables(List.copyOf(JourneyProcess.START_FORM_FIELDS));
        setProcessVariables(execution, registration);
    }

    private static void setProcessVariables(DelegateExecution execution, Registration registration) {
        execution.setVariable(Variables.JOURNEY_ID, registration.journey().getId());
        execution.setVariable(Variables.TERRITORY_CODE, registration.journey().getTerritoryCode());
        execution.setVariable(Variables.ADVISORS_GROUP, registration.advisorsGroup());
    }
}
