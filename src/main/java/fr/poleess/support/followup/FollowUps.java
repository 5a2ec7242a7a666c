package fr.poleess.support.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.closure.JourneyClosed;
import fr.poleess.support.closure.OutcomeKind;
import fr.poleess.support.followup.PostCreationFollowUpProcess.Variables;
import fr.poleess.support.reminder.ReminderSettings;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.messaging.MessageKind;
import fr.poleess.support.messaging.Messages;
import fr.poleess.support.shared.FieldViolation;
import fr.poleess.support.shared.InputValidation;
import fr.poleess.support.shared.InvalidInputException;
import fr.poleess.support.territory.Territories;
import fr.poleess.support.shared.FrenchFormat;

/**
 * Starts the follow-ups of a created activity when its journey closes, tells the participant when
 * one falls due, and records what the referent learnt.
 */
@Service
public class FollowUps {


    private final PostCreationFollowUps followUps;
    private final Journeys journeys;
    private final Territories territories;
    private final Messages messages;
    private final RuntimeService runtimeService;
    private final InputValidation validation;
    private final Clock clock;

    FollowUps(PostCreationFollowUps followUps, Journeys journeys, Territories territories, Messages messages,
            RuntimeService runtimeService, InputValidation validation, Clock clock) {
        this.followUps = followUps;
        this.journeys = journeys;
        this.territories = territories;
        this.messages = messages;
        this.runtimeService = runtimeService;
        this.validation = validation;
        this.clock = clock;
    }

    /**
     * A journey closed with an activity created: its follow-up process starts in the same transaction
     * (business key = journey reference). Other outcomes have no follow-up.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(JourneyClosed closed) {
        if (closed.kind() != OutcomeKind.ACTIVITY_CREATED || closed.activityCreatedOn() == null) {
            return;
        }
        Journey journey = journeys.require(closed.journeyId());
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.JOURNEY_ID, journey.getId());
        variables.put(Variables.ACTIVITY_CREATED_ON, closed.activityCreatedOn().toString());
        variables.put(Variables.REFERENT_ADVISOR, journey.getReferentAdvisor());
        variables.put(Variables.ADVISORS_GROUP, territories.advisorsGroupOf(journey.getTerritoryCode()));
        runtimeService.startProcessInstanceByKey(PostCreationFollowUpProcess.KEY, journey.getReference(), variables);
    }

    /**
     * The journey a step of {@code post-creation-follow-up.bpmn} works on: the one whose reference is the
     * instance's business key, which only {@link #on} sets (no role but the administrator may start a
     * process or change a business key through the engine APIs). The {@code journeyId} variable is a copy;
     * a missing journey or a copy that disagrees refuses the step with a French {@code 400}.
     */
    public Long journeyOf(String businessKey, Object journeyIdCopy) {
        Journey journey = journeys.findByReference(businessKey).orElseThrow(() -> new InvalidInputException(
                Variables.JOURNEY_ID, "Parcours", "ce suivi n'est lié à aucun parcours"));
        if (!(journeyIdCopy instanceof Number copy && copy.longValue() == journey.getId())) {
            throw new InvalidInputException(Variables.JOURNEY_ID, "Parcours",
                    "la variable « journeyId » ne correspond pas au parcours de ce suivi");
        }
        return journey.getId();
    }

    /** "Prévenir le porteur de projet": a short message saying the referent will call. */
    @Transactional
    public void notifyParticipant(Long journeyId, int milestoneMonths, LocalDate activityCreatedOn) {
        messages.toParticipant(journeyId, MessageKind.POST_CREATION_FOLLOW_UP, Map.of(
                "milestoneLabel", milestoneLabel(milestoneMonths), "createdOnLabel", FrenchFormat.date(activityCreatedOn)));
    }

    /** "Suivi post-création à N mois": checks the answers and records them, once per follow-up. */
    @Transactional
    public PostCreationFollowUp record(Long journeyId, int milestoneMonths, LocalDate activityCreatedOn,
            RecordFollowUp input, List<FieldViolation> readViolations, String advisor) {
        journeys.require(journeyId);
        List<FieldViolation> violations = new ArrayList<>(readViolations);
        if (Boolean.TRUE.equals(input.activityRunning())) {
            if (input.jobs() == null && violations.stream().noneMatch(v -> v.field().equals("jobs"))) {
                violations.add(new FieldViolation("jobs", "Emplois", "est obligatoire quand l'activité est en cours"));
            }
            if (input.revenueBand() == null && violations.stream().noneMatch(v -> v.field().equals("revenueBand"))) {
                violations.add(new FieldViolation("revenueBand", "Chiffre d'affaires annuel",
                        "est obligatoire quand l'activité est en cours"));
            }
        }
        validation.check(input, violations);
        if (followUps.existsByJourneyIdAndMilestoneMonths(journeyId, milestoneMonths)) {
            throw new InvalidInputException("activityRunning", "Suivi post-création",
                    "le suivi à " + milestoneMonths + " mois a déjà été enregistré");
        }
        return followUps.save(new PostCreationFollowUp(journeyId, milestoneMonths,
                ReminderSettings.postCreationFollowUpOn(activityCreatedOn, milestoneMonths), input, LocalDate.now(clock), advisor));
    }

    /** "6 mois", "1 an", "3 ans", "18 mois". */
    public static String milestoneLabel(int months) {
        if (months % 12 == 0) {
            int years = months / 12;
            return years + (years == 1 ? " an" : " ans");
        }
        return months + " mois";
    }
}
