package fr.poleess.support.reception;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.closure.Closures;
import fr.poleess.support.closure.OutcomeKind;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.shared.FieldViolation;
import fr.poleess.support.shared.InputValidation;

/**
 * Records a reception and moves the journey on: to the agreement, or closed when redirected or postponed.
 * Publishes {@link ReceptionHeld} in the same transaction.
 */
@Service
public class ReceptionRecording {

    private final Receptions receptions;
    private final Journeys journeys;
    private final Closures closures;
    private final InputValidation validation;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReceptionRecording(Receptions receptions, Journeys journeys, Closures closures, InputValidation validation,
            Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.receptions = receptions;
        this.journeys = journeys;
        this.closures = closures;
        this.validation = validation;
        this.clock = clock;
    }

    /**
     * @param advisor the advisor who held the reception; becomes the journey's referent
     * @param readViolations values the caller could not read
     */
    @Transactional
    public Reception record(Long journeyId, RecordReception input, List<FieldViolation> readViolations, String advisor) {
        List<FieldViolation> violations = new ArrayList<>(readViolations);
        if (input.receptionDecision() == ReceptionDecision.REDIRECTED
                && (input.redirectedTo() == null || input.redirectedTo().isBlank())) {
            violations.add(new FieldViolation("redirectedTo", "Réorienté·e vers",
                    "est obligatoire pour une réorientation"));
        }
        validation.check(input, violations);
        Journey journey = journeys.require(journeyId);
        Reception reception = receptions.save(new Reception(journeyId, input, advisor, Instant.now(clock)));
        journey.markReceived(input.receptionDate(), advisor, input.receptionDecision() == ReceptionDecision.AGREEMENT);
        switch (input.receptionDecision()) {
            case REDIRECTED -> closures.recordAtReception(journeyId, OutcomeKind.REDIRECTED, input.receptionDate(),
                    input.redirectedTo(), input.receptionComment(), advisor);
            case POSTPONED -> closures.recordAtReception(journeyId, OutcomeKind.POSTPONED, input.receptionDate(), null,
                    input.receptionComment(), advisor);
            case AGREEMENT -> {
            }
        }
        events.publishEvent(new ReceptionHeld(journeyId, input.receptionDate(), input.receptionDecision(),
                input.redirectedTo()));
        return reception;
    }
}
