package fr.poleess.support.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.closure.JourneyClosed;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.journey.Participant;
import fr.poleess.support.messaging.MessageKind;
import fr.poleess.support.messaging.Messages;
import fr.poleess.support.partner.Partner;
import fr.poleess.support.partner.PartnerKind;
import fr.poleess.support.partner.PartnerType;
import fr.poleess.support.partner.Partners;
import fr.poleess.support.privacy.ConsentPurpose;
import fr.poleess.support.privacy.Consents;
import fr.poleess.support.shared.FieldViolation;
import fr.poleess.support.shared.InputValidation;
import fr.poleess.support.territory.Territories;

/**
 * Referrals from decision to close, as {@link ReferralRules} decide them: what the appointment form
 * offers, the referrals the advisor decides there (one {@code referral.bpmn} instance each), the
 * messages that put the participant and the partner in touch, the follow-up, and cancellation when
 * the journey closes. This class reads and writes; the rules say what.
 */
@Service
public class ReferralManagement {

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
        ReferralRules.Options options = ReferralRules.offer(reasons(journeyId),
                partners.findServing(PartnerType.PROFESSIONAL_RESOURCE, journey.getTerritoryCode()),
                openPartnerIds(journeyId));
        return new Offer(options.options(), options.recommendedIds(), profiles.findById(journeyId));
    }

    /**
     * On completion of « Rendez-vous individuel »: {@link #decide} when the appointment was held; when the booked
     * appointment was moved or cancelled instead, nothing: the form's profile fields were hidden, not emptied.
     *
     * @param appointmentOutcome the form's {@code appointmentOutcome}: {@literal null} or
     *        {@link JourneyProcess.AppointmentOutcomes#HELD} when the appointment was held
     */
    @Transactional
    public List<Referral> decideAtAppointment(Long journeyId, String appointmentOutcome, DecideReferrals input,
            List<FieldViolation> readViolations, String advisor) {
        if (appointmentOutcome != null && !JourneyProcess.AppointmentOutcomes.HELD.equals(appointmentOutcome)) {
            return List.of();
        }
        return decide(journeyId, input, readViolations, advisor);
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
        Map<Long, Partner> directory = new HashMap<>();
        partners.findAllById(Stream.concat(input.partnerIds().stream(), input.contactSharedIds().stream())
                .distinct().toList()).forEach(p -> directory.put(p.getId(), p));
        ReferralRules.Choice choice = ReferralRules.choose(input, directory, journey.getTerritoryCode(),
                openPartnerIds(journeyId));
        List<FieldViolation> violations = new ArrayList<>(readViolations);
        choice.violations().forEach(v -> ReferralRules.addOnce(violations, v));
        validation.check(input, violations);
        LocalDate today = LocalDate.now(clock);
        ProjectProfile profile = profiles.findById(journeyId).orElseGet(() -> new ProjectProfile(journeyId));
        profile.update(input.legalFormConsidered(), input.financingNeed(), input.bankAccess(), today, advisor);
        profiles.save(profile);
        if (choice.partners().isEmpty()) {
            return List.of();
        }
        Map<PartnerKind, String> reasons = reasons(journeyId);
        String advisorsGroup = territories.advisorsGroupOf(journey.getTerritoryCode());
        String referent = journey.getReferentAdvisor() != null ? journey.getReferentAdvisor() : advisor;
        List<Referral> created = new ArrayList<>();
        for (Partner partner : choice.partners()) {
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
        boolean share = ReferralRules.sharesContact(referral.isContactShared(),
                consents.allows(journey.getId(), ConsentPurpose.PARTNER_SHARING, partner.getId()),
                partner.getContactEmail());
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
        ReferralRules.checkFollowUp(input, afterChase, referral.getProposedOn())
                .forEach(v -> ReferralRules.addOnce(violations, v));
        validation.check(input, violations);
        LocalDate today = LocalDate.now(clock);
        switch (ReferralRules.resultOf(input.referralAnswer())) {
            case MEETING_HELD -> referral.markMeetingHeld(input.referralMeetingDate(), input.referralOutcome(), today,
                    advisor);
            case NO_FOLLOW_UP -> referral.markNoFollowUp(input.referralOutcome(), today, advisor);
            case STILL_OPEN -> referral.note(input.referralOutcome());
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
        List<Referral> open = referrals.findByJourneyIdAndStatusIn(closed.journeyId(), ReferralRules.OPEN);
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

    private Map<PartnerKind, String> reasons(Long journeyId) {
        Map<PartnerKind, String> reasons = new LinkedHashMap<>();
        recommendations.forJourney(journeyId).forEach(r -> reasons.put(r.kind(), r.reason()));
        return reasons;
    }

    private Set<Long> openPartnerIds(Long journeyId) {
        Set<Long> open = new HashSet<>();
        referrals.findByJourneyIdAndStatusIn(journeyId, ReferralRules.OPEN).forEach(r -> open.add(r.getPartnerId()));
        return open;
    }
}
