package fr.poleess.support.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.poleess.support.partner.Partner;
import fr.poleess.support.partner.PartnerKind;
import fr.poleess.support.partner.PartnerType;
import fr.poleess.support.referral.ReferralProcess.Answers;
import fr.poleess.support.shared.FieldViolation;
import fr.poleess.support.shared.FrenchFormat;

/**
 * What the referral steps decide, without reading or writing anything: which partners the appointment
 * form offers and in what order, which of those ticked may be contacted, whether the partner gets the
 * participant's details, and what a follow-up answer leads to. {@link ReferralManagement} reads the
 * data, asks these rules, and carries the answer out.
 */
final class ReferralRules {

    /** A referral still running: proposed, or sent and waiting for news. */
    static final Set<ReferralStatus> OPEN = Set.of(ReferralStatus.PROPOSED, ReferralStatus.SENT);

    /** What a follow-up answer does to the referral. */
    enum FollowUpResult {
        /** The participant met the partner: closed as « rendez-vous tenu », with its date. */
        MEETING_HELD,
        /** They did not: closed as « sans suite ». */
        NO_FOLLOW_UP,
        /** Nothing known yet: the note is kept, the referral stays open and the participant is chased. */
        STILL_OPEN
    }

    /** The partners a choice may contact, and what is wrong with the others. */
    record Choice(List<Partner> partners, List<FieldViolation> violations) {
    }

    /**
     * @param options {@code {label, value}} pairs, value = partner id as text (form-js checklist options)
     * @param recommendedIds the ids of the recommended partners among them
     */
    record Options(List<Map<String, String>> options, List<String> recommendedIds) {
    }

    private ReferralRules() {
    }

    /**
     * Every professional serving the territory, but those already open for the journey: the recommended
     * kinds first (★, with the reason, in the order recommended), then the others in the directory's order.
     *
     * @param reasons why each kind is recommended, in the order of the recommendations
     */
    static Options offer(Map<PartnerKind, String> reasons, List<Partner> serving, Set<Long> alreadyOpen) {
        List<Map<String, String>> options = new ArrayList<>();
        List<String> recommended = new ArrayList<>();
        for (var reason : reasons.entrySet()) {
            for (Partner p : serving) {
                if (p.getKind() == reason.getKey() && !alreadyOpen.contains(p.getId())) {
                    options.add(option(p, "★ " + p.getName() + " — " + p.getKind().label() + " (recommandé : "
                            + reason.getValue() + ")"));
                    recommended.add(p.getId().toString());
                }
            }
        }
        for (Partner p : serving) {
            if (!reasons.containsKey(p.getKind()) && !alreadyOpen.contains(p.getId())) {
                options.add(option(p, p.getName() + " — " + p.getKind().label()));
            }
        }
        return new Options(options, recommended);
    }

    /**
     * Which of the partners ticked may be contacted: in the directory, still active, a professional
     * resource, serving the journey's territory and not already open. Details may only go to a partner
     * that is ticked too.
     *
     * @param directory the partners found among those ids; an id missing here is unknown
     */
    static Choice choose(DecideReferrals input, Map<Long, Partner> directory, String territoryCode,
            Set<Long> alreadyOpen) {
        List<FieldViolation> violations = new ArrayList<>();
        Map<Long, Partner> chosen = new LinkedHashMap<>();
        for (Long id : input.partnerIds()) {
            Partner partner = directory.get(id);
            String problem = partner == null ? "le partenaire n° " + id + " n'existe pas dans l'annuaire"
                    : !partner.isActive() ? "« " + partner.getName() + " » a été retiré de l'annuaire"
                    : partner.getType() != PartnerType.PROFESSIONAL_RESOURCE
                            ? "« " + partner.getName() + " » n'est pas un partenaire ressource"
                    : !partner.serves(territoryCode)
                            ? "« " + partner.getName() + " » n'intervient pas sur le territoire de ce parcours"
                    : alreadyOpen.contains(id)
                            ? "une mise en lien avec « " + partner.getName() + " » est déjà en cours pour ce parcours"
                    : null;
            if (problem != null) {
                addOnce(violations, new FieldViolation("referralPartners", "Mises en lien", problem));
            } else {
                chosen.put(id, partner);
            }
        }
        for (Long id : input.contactSharedIds()) {
            if (!input.partnerIds().contains(id)) {
                String name = directory.containsKey(id) ? directory.get(id).getName() : "n° " + id;
                addOnce(violations, new FieldViolation("referralContactShared", "Coordonnées transmises à",
                        "« " + name + " » n'est pas coché dans les mises en lien"));
            }
        }
        return new Choice(List.copyOf(chosen.values()), violations);
    }

    /**
     * Whether the partner gets the participant's details: only if the participant agreed when the referral
     * was decided, still agrees (a consent withdrawn since stops it), and the partner has an e-mail address.
     */
    static boolean sharesContact(boolean agreedAtDecision, boolean consentStillHolds, String partnerEmail) {
        return agreedAtDecision && consentStillHolds && partnerEmail != null;
    }

    /**
     * What is wrong with a follow-up's answer, if anything.
     *
     * @param afterChase the participant was chased already: « pas de nouvelles » is no longer an answer
     * @param proposedOn when the referral was decided: the meeting cannot precede it
     */
    static List<FieldViolation> checkFollowUp(RecordReferralFollowUp input, boolean afterChase, LocalDate proposedOn) {
        List<FieldViolation> violations = new ArrayList<>();
        String answer = input.referralAnswer();
        if (answer != null && !Set.of(Answers.HELD, Answers.NOT_HELD, Answers.UNKNOWN).contains(answer)) {
            violations.add(new FieldViolation("referralAnswer", "Le rendez-vous a-t-il eu lieu ?",
                    "la valeur « " + answer + " » n'est pas proposée"));
        } else if (afterChase && Answers.UNKNOWN.equals(answer)) {
            violations.add(new FieldViolation("referralAnswer", "Le rendez-vous a-t-il eu lieu ?",
                    "le porteur de projet a déjà été relancé : indiquez si le rendez-vous a eu lieu ou non"
                            + " (sans nouvelles, la mise en lien se clôt d'elle-même)"));
        }
        if (Answers.HELD.equals(answer) && input.referralMeetingDate() == null) {
            violations.add(new FieldViolation("referralMeetingDate", "Date du rendez-vous avec le partenaire",
                    "est obligatoire quand le rendez-vous a eu lieu"));
        }
        if (input.referralMeetingDate() != null && input.referralMeetingDate().isBefore(proposedOn)) {
            addOnce(violations, new FieldViolation("referralMeetingDate", "Date du rendez-vous avec le partenaire",
                    "ne peut pas précéder la mise en lien (" + FrenchFormat.date(proposedOn) + ")"));
        }
        return violations;
    }

    /** What an accepted follow-up answer leads to. */
    static FollowUpResult resultOf(String answer) {
        return switch (answer) {
            case Answers.HELD -> FollowUpResult.MEETING_HELD;
            case Answers.NOT_HELD -> FollowUpResult.NO_FOLLOW_UP;
            default -> FollowUpResult.STILL_OPEN;
        };
    }

    /** Violations already read from the form come first; one per field is enough. */
    static void addOnce(List<FieldViolation> violations, FieldViolation violation) {
        if (violations.stream().noneMatch(v -> v.field().equals(violation.field()))) {
            violations.add(violation);
        }
    }

    private static Map<String, String> option(Partner p, String label) {
        Map<String, String> option = new LinkedHashMap<>();
        option.put("label", label);
        option.put("value", p.getId().toString());
        return option;
    }
}
