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
                form.bool(JourneyProcess.NewReceptionForm.REFERRER_FEEDBACK_CONSENT));
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
