package fr.poleess.support.closure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.shared.FieldViolation;
import fr.poleess.support.shared.InputValidation;
import fr.poleess.support.shared.InvalidInputException;

/** Records how journeys end. */
@Service
public class Closures {

    private final Outcomes outcomes;
    private final Journeys journeys;
    private final InputValidation validation;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Closures(Outcomes outcomes, Journeys journeys, InputValidation validation, Clock clock,
            ApplicationEventPublisher events) {
        this.outcomes = outcomes;
        this.journeys = journeys;
        this.validation = validation;
        this.clock = clock;
        this.events = events;
    }

    /** "Bilan de fin de parcours": records the outcome, closes the journey and publishes {@link JourneyClosed}. */
    @Transactional
    public Outcome recordFinalReview(Long journeyId, RecordOutcome input, List<FieldViolation> readViolations,
            String advisor) {
        Journey journey = journeys.require(journeyId);
        List<FieldViolation> violations = new ArrayList<>(readViolations);
        if (input.outcomeKind() == OutcomeKind.ACTIVITY_CREATED) {
            if (input.legalForm() == null) {
                violations.add(new FieldViolation("legalForm", "Forme juridique", "est obligatoire quand une activité est créée"));
            }
            if (input.activityCreatedOn() == null) {
                violations.add(new FieldViolation("activityCreatedOn", "Date de création de l'activité",
                        "est obligatoire quand une activité est créée"));
            } else if (input.activityCreatedOn().isAfter(LocalDate.now(clock).plusMonths(3))) {
                violations.add(new FieldViolation("activityCreatedOn", "Date de création de l'activité",
                        "ne peut pas dépasser de plus de trois mois la date du jour"));
            }
            if (input.siret() != null && input.siret().matches("[0-9]{14}") && !Siret.isValid(input.siret())) {
                violations.add(new FieldViolation("siret", "SIRET", "n'est pas un numéro SIRET valide (clé de contrôle)"));
            }
        }
        if (input.outcomeKind() == OutcomeKind.REDIRECTED
                && (input.outcomeRedirectedTo() == null || input.outcomeRedirectedTo().isBlank())) {
            violations.add(new FieldViolation("outcomeRedirectedTo", "Réorienté·e vers",
                    "est obligatoire pour une réorientation"));
        }
        if (input.outcomeDate() != null && journey.getReceivedOn() != null
                && input.outcomeDate().isBefore(journey.getReceivedOn())) {
            violations.add(new FieldViolation("outcomeDate", "Date de sortie", "ne peut pas précéder la date de l'accueil"));
        }
        validation.check(input, violations);
        if (outcomes.existsById(journeyId)) {
            throw new InvalidInputException("outcomeKind", "Sortie", "ce parcours a déjà été clôturé");
        }
        journey.close(input.outcomeDate());
        Outcome outcome = outcomes.save(new Outcome(journeyId, input, advisor, Instant.now(clock)));
        events.publishEvent(new JourneyClosed(journeyId, outcome.getKind(), outcome.getActivityCreatedOn()));
        return outcome;
    }

    /**
     * "Clore le parcours (abandon)": the agreement was never signed. Records the outcome ABANDONED,
     * closes the journey and publishes {@link JourneyClosed}; no final review was held.
     */
    @Transactional
    public Outcome recordAbandonedBeforeSignature(Long journeyId, String comment, String advisor) {
        Journey journey = journeys.require(journeyId);
        if (outcomes.existsById(journeyId)) {
            throw new IllegalStateException("Journey " + journeyId + " already has an outcome");
        }
        LocalDate on = LocalDate.now(clock);
        journey.abandonBeforeSignature(on);
        RecordOutcome input = new RecordOutcome(OutcomeKind.ABANDONED, on,
                "Contrat d'accompagnement jamais signé : parcours clos pour abandon.", null, null, null, null, null,
                comment);
        Outcome outcome = outcomes.save(new Outcome(journeyId, input, advisor, Instant.now(clock)));
        events.publishEvent(new JourneyClosed(journeyId, outcome.getKind(), null));
        return outcome;
    }

    /** A journey that ends at reception (redirected or postponed) still has an outcome for the reports. */
    @Transactional
    public Outcome recordAtReception(Long journeyId, OutcomeKind kind, LocalDate on, String redirectedTo,
            String comment, String advisor) {
        RecordOutcome input = new RecordOutcome(kind, on, "Parcours arrêté à l'accueil.", null, null, null, null,
                redirectedTo, comment);
        return outcomes.save(new Outcome(journeyId, input, advisor, Instant.now(clock)));
    }
}
