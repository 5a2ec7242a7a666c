package fr.poleess.support.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.closure.JourneyClosed;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.journey.Participant;
import fr.poleess.support.messaging.MessageKind;
import fr.poleess.support.messaging.Messages;
import fr.poleess.support.partner.Partner;
import fr.poleess.support.partner.PartnerType;
import fr.poleess.support.partner.Partners;
import fr.poleess.support.privacy.ConsentPurpose;
import fr.poleess.support.privacy.Consents;
import fr.poleess.support.referral.ReferralProcess.Answers;
import fr.poleess.support.referral.ReferralRecommendations.Recommendation;
import fr.poleess.support.shared.FieldViolation;
import fr.poleess.support.shared.InputValidation;
import fr.poleess.support.territory.Territories;
import fr.poleess.support.shared.FrenchFormat;

/**
 * Referrals from decision to close: what the appointment form offers, the referrals the advisor
 * decides there (one {@code referral.bpmn} instance each), the messages that put the participant and
 * the partner in touch, the follow-up, and cancellation when the journey closes.
 */
@Service
public class ReferralManagement {

    private static final Set<ReferralStatus> OPEN = Set.of(ReferralStatus.PROPOSED, ReferralStatus.SENT);

    private final Referrals referrals;
    private final ProjectProfiles profiles;
    private final ReferralRecommendations recommendations;
    private final Partners partners;
    private final Journeys journeys;
    private final Territories territories;
    private final Messages messages;
    private final RuntimeService runtimeService;
    private final InputValidation validation;
    private final Consents consents;
    private final Clock clock;

    ReferralManagement(Referrals referrals, ProjectProfiles profiles, ReferralRecommendations recommendations,
            Partners partners, Journeys journeys, Territories territories, Messages messages,
            RuntimeService runtimeService, InputValidation validation, Consents consents, Clock clock) {
        this.consents = consents;
        this.referrals = referrals;
        this.profiles = profiles;
        this.recommendations = recommendations;
        this.partners = partners;
        this.journeys = journeys;
        this.territories = territories;
        this.messages = messages;
        this.runtimeService = runtimeService;
        this.validation = validation;
        this.clock = clock;
    }

    /**
     * What « Rendez-vous individuel » offers: every professional serving the journey's territory,
     * recommended ones first and pre-selected, with the project profile as last recorded.
     *
     * @param options {@code {label, value}} pairs, value = partner id as text (form-js checklist options)
     * @param recommendedIds the partner ids recommended (marked ★, listed first, never ticked in advance)
     */
    public record Offer(List<Map<String, String>> options, List<String> recommendedIds,
            Optional<ProjectProfile> profile) {
    }

    @Transactional(readOnly = true)
    public Offer offer(Long journeyId) {
        Journey journey = journeys.require(journeyId);
        Map<fr.poleess.support.partner.PartnerKind, String> reasons = new LinkedHashMap<>();
        recommendations.forJourney(journeyId).forEach(r -> reasons.put(r.kind(), r.reason()));
        List<Partner> serving = partners.findServing(PartnerType.PROFESSIONAL_RESOURCE, journey.getTerritoryCode());
        Set<Long> alreadyOpen = new java.util.HashSet<>();
        referrals.findByJourneyIdAndStatusIn(journeyId, OPEN).forEach(r -> alreadyOpen.add(r.getPartnerId()));
        List<Map<String, String>> options = new ArrayList<>();
        List<String> recommended = new ArrayList<>();
        for (var entry : reasons.entrySet()) {
            for (Partner p : serving) {
                if (p.getKind() == entry.getKey() && !alreadyOpen.contains(p.getId())) {
                    options.add(option(p, "★ " + p.getName() + " — " + p.getKind().label() + " (recommandé : "
                            + entry.getValue() + ")"));
                    recommended.add(p.getId().toString());
                }
            }
        }
        for (Partner p : serving) {
            if (!reasons.containsKey(p.getKind()) && !alreadyOpen.contains(p.getId())) {
                options.add(option(p, p.getName() + " — " + p.getKind().label()));
            }
        }
        return new Offer(options, recommended, profiles.findById(journeyId));
    }

    private static Map<String, String> option(Partner p, String label) {
        Map<String, String> option = new LinkedHashMap<>();
        option.put("label", label);
        option.put("value", p.getId().toString());
        return option;
    }

    /**
     * On completion of « Rendez-vous individuel »: records the project profile, checks the partners
     * chosen (known, in the directory, serving the journey's territory, not already open) and starts
     * one referral process per partner, business key = journey reference.
     */
    @Transactional
    public List<Referral> decide(Long journeyId, DecideReferrals input, List<FieldViolation> readViolations,
            String advisor) {
        Journey journey = journeys.require(journeyId);
        List<FieldViolation> violations = new ArrayList<>(readViolations);
        Map<Long, Partner> chosen = new LinkedHashMap<>();
        Set<Long> alreadyOpen = new java.util.HashSet<>();
        referrals.findByJourneyIdAndStatusIn(journeyId, OPEN).forEach(r -> alreadyOpen.add(r.getPartnerId()));
        for (Long id : input.partnerIds()) {
            Optional<Partner> partner = partners.findById(id);
            String problem = partner.isEmpty() ? "le partenaire n° " + id + " n'existe pas dans l'annuaire"
                    : !partner.get().isActive() ? "« " + partner.get().getName() + " » a été retiré de l'annuaire"
                    : partner.get().getType() != PartnerType.PROFESSIONAL_RESOURCE
                            ? "« " + partner.get().getName() + " » n'est pas un partenaire ressource"
                    : !partner.get().serves(journey.getTerritoryCode())
                            ? "« " + partner.get().getName() + " » n'intervient pas sur le territoire de ce parcours"
                    : alreadyOpen.contains(id) ? "une mise en lien avec « " + partner.get().getName()
                            + " » est déjà en cours pour ce parcours" : null;
            if (problem != null) {
                addOnce(violations, new FieldViolation("referralPartners", "Mises en lien", problem));
            } else {
                chosen.put(id, partner.get());
            }
        }
        for (Long id : input.contactSharedIds()) {
            if (!input.partnerIds().contains(id)) {
                String name = partners.findById(id).map(Partner::getName).orElse("n° " + id);
                addOnce(violations, new FieldViolation("referralContactShared", "Coordonnées transmises à",
                        "« " + name + " » n'est pas coché dans les mises en lien"));
            }
        }
        validation.check(input, violations);
        LocalDate today = LocalDate.now(clock);
        ProjectProfile profile = profiles.findById(journeyId).orElseGet(() -> new ProjectProfile(journeyId));
        profile.update(input.legalFormConsidered(), input.financingNeed(), input.bankAccess(), today, advisor);
        profiles.save(profile);
        if (chosen.isEmpty()) {
            return List.of();
        }
        Map<fr.poleess.support.partner.PartnerKind, String> reasons = new HashMap<>();
        recommendations.forJourney(journeyId).forEach(r -> reasons.put(r.kind(), r.reason()));
        String advisorsGroup = territories.advisorsGroupOf(journey.getTerritoryCode());
        String referent = journey.getReferentAdvisor() != null ? journey.getReferentAdvisor() : advisor;
        List<Referral> created = new ArrayList<>();
        for (Partner partner : chosen.values()) {
            Referral referral = referrals.save(new Referral(journeyId, partner, reasons.get(partner.getKind()),
                    input.contactSharedIds().contains(partner.getId()), today, advisor));
            if (referral.isContactShared()) {
                consents.record(journeyId, ConsentPurpose.PARTNER_SHARING, partner.getId());
            }
            Map<String, Object> variables = new HashMap<>();
            variables.put(ReferralProcess.Variables.REFERRAL_ID, referral.getId());
            variables.put(ReferralProcess.Variables.JOURNEY_ID, journeyId);
            variables.put(ReferralProcess.Variables.REFERENT_ADVISOR, referent);
            variables.put(ReferralProcess.Variables.ADVISORS_GROUP, advisorsGroup);
            variables.put(ReferralProcess.Variables.PARTNER_NAME, partner.getName());
            ProcessInstance instance = runtimeService.startProcessInstanceByKey(ReferralProcess.KEY,
                    journey.getReference(), variables);
            referral.attachProcess(instance.getId());
            created.add(referral);
        }
        return created;
    }

    /**
     * « Envoyer la mise en lien »: the participant gets the partner's details; the partner gets the
     * participant's only if they agreed (and the partner has an e-mail address). Nothing else about
     * the participant goes to the partner: no situation, age or project notes.
     */
    @Transactional
    public void send(Long referralId) {
        Referral referral = referrals.require(referralId);
        Journey journey = journeys.require(referral.getJourneyId());
        Partner partner = partners.findById(referral.getPartnerId()).orElseThrow();
        Participant participant = journey.getParticipant();
        Map<String, Object> model = partnerModel(partner);
        model.put("reason", referral.getRecommendationReason());
        // A consent withdrawn since the referral was decided: the partner gets nothing from then on.
        boolean share = referral.isContactShared() && partner.getContactEmail() != null
                && consents.allows(journey.getId(), ConsentPurpose.PARTNER_SHARING, partner.getId());
        model.put("contactShared", share);
        messages.toParticipant(journey.getId(), MessageKind.REFERRAL_TO_PARTICIPANT, model);
        if (share) {
            Map<String, Object> introduction = new HashMap<>();
            introduction.put("participantName", participant.getFirstName() + " " + participant.getLastName());
            introduction.put("participantFirstName", participant.getFirstName());
            introduction.put("commune", participant.getCommuneName());
            introduction.put("phone", participant.getPhone());
            introduction.put("email", participant.getEmail());
            introduction.put("reason", referral.getRecommendationReason() != null
                    ? lowerFirst(referral.getRecommendationReason()) : "un échange utile à son projet");
            introduction.put("reference", journey.getReference());
            messages.toAddress(partner.getContactEmail(), journey.getId(), journey.getReference(),
                    MessageKind.REFERRAL_INTRODUCTION, introduction);
        }
        referral.markSent(LocalDate.now(clock));
    }

    /** « Relancer le porteur de projet »: nothing known at the follow-up, so we ask them. */
    @Transactional
    public void chase(Long referralId) {
        Referral referral = referrals.require(referralId);
        Partner partner = partners.findById(referral.getPartnerId()).orElseThrow();
        messages.toParticipant(referral.getJourneyId(), MessageKind.REFERRAL_CHASE, partnerModel(partner));
        referral.markChased(LocalDate.now(clock));
    }

    /**
     * « Suivi de la mise en lien » and, after the chase, « Dernier point sur la mise en lien ».
     *
     * @param afterChase whether the participant was chased already: then « pas de nouvelles » is no longer an answer
     */
    @Transactional
    public Referral recordFollowUp(Long referralId, RecordReferralFollowUp input, boolean afterChase,
            List<FieldViolation> readViolations, String advisor) {
        Referral referral = referrals.require(referralId);
        List<FieldViolation> violations = new ArrayList<>(readViolations);
        String answer = input.referralAnswer();
        if (answer != null && !Set.of(Answers.HELD, Answers.NOT_HELD, Answers.UNKNOWN).contains(answer)) {
            addOnce(violations, new FieldViolation("referralAnswer", "Le rendez-vous a-t-il eu lieu ?",
                    "la valeur « " + answer + " » n'est pas proposée"));
        } else if (afterChase && Answers.UNKNOWN.equals(answer)) {
            addOnce(violations, new FieldViolation("referralAnswer", "Le rendez-vous a-t-il eu lieu ?",
                    "le porteur de projet a déjà été relancé : indiquez si le rendez-vous a eu lieu ou non"
                            + " (sans nouvelles, la mise en lien se clôt d'elle-même)"));
        }
        if (Answers.HELD.equals(answer) && input.referralMeetingDate() == null) {
            addOnce(violations, new FieldViolation("referralMeetingDate", "Date du rendez-vous avec le partenaire",
                    "est obligatoire quand le rendez-vous a eu lieu"));
        }
        if (input.referralMeetingDate() != null && input.referralMeetingDate().isBefore(referral.getProposedOn())) {
            addOnce(violations, new FieldViolation("referralMeetingDate", "Date du rendez-vous avec le partenaire",
                    "ne peut pas précéder la mise en lien (" + FrenchFormat.date(referral.getProposedOn()) + ")"));
        }
        validation.check(input, violations);
        LocalDate today = LocalDate.now(clock);
        switch (answer) {
            case Answers.HELD -> referral.markMeetingHeld(input.referralMeetingDate(), input.referralOutcome(), today,
                    advisor);
            case Answers.NOT_HELD -> referral.markNoFollowUp(input.referralOutcome(), today, advisor);
            default -> referral.note(input.referralOutcome());
        }
        return referral;
    }

    /** No news after the chase and its delay: the referral closes as « sans suite », by itself. */
    @Transactional
    public void closeWithoutNews(Long referralId) {
        referrals.require(referralId).markNoFollowUp("Sans nouvelles après la relance du porteur de projet.",
                LocalDate.now(clock), null);
    }

    /**
     * A journey closed (final review, or abandoned before signature): its open referrals are cancelled
     * and their processes end, in the same transaction.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(JourneyClosed closed) {
        List<Referral> open = referrals.findByJourneyIdAndStatusIn(closed.journeyId(), OPEN);
        if (open.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        open.forEach(r -> r.cancel(today));
        Journey journey = journeys.require(closed.journeyId());
        runtimeService.createMessageCorrelation(ReferralProcess.MESSAGE_JOURNEY_CLOSED)
                .processInstanceBusinessKey(journey.getReference())
                .correlateAllWithResult();
    }

    private static Map<String, Object> partnerModel(Partner partner) {
        Map<String, Object> model = new HashMap<>();
        model.put("partnerName", partner.getName());
        model.put("partnerKind", partner.getKind().label());
        model.put("contactFunction", partner.getContactFunction());
        model.put("contactPhone", partner.getContactPhone());
        model.put("contactEmail", partner.getContactEmail());
        String address = partner.fullAddress();
        model.put("address", address.isBlank() ? null : address);
        model.put("officeHours", partner.getOfficeHours());
        model.put("whatToBring", partner.getWhatToBring());
        return model;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static void addOnce(List<FieldViolation> violations, FieldViolation violation) {
        if (violations.stream().noneMatch(v -> v.field().equals(violation.field()))) {
            violations.add(violation);
        }
    }
}
