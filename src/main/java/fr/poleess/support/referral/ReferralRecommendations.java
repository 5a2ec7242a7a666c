package fr.poleess.support.referral;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.partner.PartnerKind;
import fr.poleess.support.reception.Receptions;

/**
 * Which kinds of professionals a participant would gain from meeting. The decision is the DMN table
 * {@code processes/referral-recommendations.dmn} (managers read it, Cockpit shows each evaluation);
 * this class gathers its inputs: the sector from the reception, the situation at entry from the
 * participant, the rest from the latest {@link ProjectProfile}.
 */
@Service
public class ReferralRecommendations {

    public static final String DECISION_KEY = "referral-recommendations";
    public static final String INPUT_SECTOR = "projectSector";
    public static final String INPUT_LEGAL_FORM = "legalFormConsidered";
    public static final String INPUT_FINANCING_NEED = "financingNeed";
    public static final String INPUT_BANK_ACCESS = "bankAccess";
    public static final String INPUT_SITUATION = "situation";
    public static final String OUTPUT_KIND = "partnerKind";
    public static final String OUTPUT_REASON = "reason";

    private final DecisionService decisionService;
    private final Journeys journeys;
    private final Receptions receptions;
    private final ProjectProfiles profiles;

    ReferralRecommendations(DecisionService decisionService, Journeys journeys, Receptions receptions,
            ProjectProfiles profiles) {
        this.decisionService = decisionService;
        this.journeys = journeys;
        this.receptions = receptions;
        this.profiles = profiles;
    }

    /** A kind of professional to meet, and why, in French. */
    public record Recommendation(PartnerKind kind, String reason) {
    }

    /** The recommendations for a journey as things stand; empty when no rule matches. */
    @Transactional(readOnly = true)
    public List<Recommendation> forJourney(Long journeyId) {
        Journey journey = journeys.require(journeyId);
        Map<String, Object> inputs = new HashMap<>();
        inputs.put(INPUT_SECTOR, receptions.findByJourneyId(journeyId).map(r -> name(r.getProjectSector())).orElse(null));
        inputs.put(INPUT_SITUATION, name(journey.getParticipant().getSituation()));
        ProjectProfile profile = profiles.findById(journeyId).orElse(null);
        inputs.put(INPUT_LEGAL_FORM, profile == null ? null : name(profile.getLegalFormConsidered()));
        inputs.put(INPUT_FINANCING_NEED, profile == null ? null : name(profile.getFinancingNeed()));
        inputs.put(INPUT_BANK_ACCESS, profile == null ? null : name(profile.getBankAccess()));
        return evaluate(inputs);
    }

    /** Evaluates the table; a kind that comes out twice keeps its first reason (table order). */
    public List<Recommendation> evaluate(Map<String, Object> inputs) {
        Map<PartnerKind, String> byKind = new LinkedHashMap<>();
        for (DmnDecisionRuleResult entries : decisionService.evaluateDecisionTableByKey(DECISION_KEY, inputs)) {
            PartnerKind kind = PartnerKind.valueOf(entries.<String>getEntry(OUTPUT_KIND));
            byKind.putIfAbsent(kind, entries.getEntry(OUTPUT_REASON));
        }
        List<Recommendation> result = new ArrayList<>();
        byKind.forEach((kind, reason) -> result.add(new Recommendation(kind, reason)));
        return result;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
