package fr.poleess.support.referral.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.JourneySection;
import fr.poleess.support.journey.TimelineEntry;
import fr.poleess.support.partner.Partner;
import fr.poleess.support.partner.PartnerKind;
import fr.poleess.support.partner.Partners;
import fr.poleess.support.referral.Referral;
import fr.poleess.support.referral.ReferralStatus;
import fr.poleess.support.referral.Referrals;

/** Every referral of a journey and where it stands, in its detail ({@code "referrals"}) and timeline. */
@Component
@Order(5)
class ReferralSection implements JourneySection {

    private final Referrals referrals;
    private final Partners partners;

    ReferralSection(Referrals referrals, Partners partners) {
        this.referrals = referrals;
        this.partners = partners;
    }

    @Override
    public String name() {
        return "referrals";
    }

    @Override
    public Part read(Journey journey) {
        List<Referral> list = referrals.findByJourneyIdOrderById(journey.getId());
        if (list.isEmpty()) {
            return new Part(List.of(), List.of());
        }
        Map<Long, Partner> byId = partnersOf(list);
        List<TimelineEntry> entries = new ArrayList<>();
        for (Referral r : list) {
            String partner = byId.get(r.getPartnerId()).getName();
            entries.add(new TimelineEntry(r.getProposedOn().atStartOfDay(), "REFERRAL_PROPOSED",
                    "Mise en lien proposée : " + partner, r.getProposedBy()));
            if (r.getSentOn() != null) {
                entries.add(new TimelineEntry(r.getSentOn().atStartOfDay(), "REFERRAL_SENT",
                        "Mise en lien envoyée : " + partner + (r.isContactShared() ? " (coordonnées transmises)" : ""),
                        null));
            }
            if (r.getChasedOn() != null) {
                entries.add(new TimelineEntry(r.getChasedOn().atStartOfDay(), "REFERRAL_CHASED",
                        "Porteur relancé au sujet de la mise en lien : " + partner, null));
            }
            if (r.getClosedOn() != null) {
                entries.add(new TimelineEntry(r.getClosedOn().atStartOfDay(), "REFERRAL_" + r.getStatus().name(),
                        "Mise en lien " + r.getStatus().label() + " : " + partner, r.getClosedBy()));
            }
        }
        return new Part(list.stream().map(r -> ReferralView.of(r, byId.get(r.getPartnerId()))).toList(), entries);
    }

    private Map<Long, Partner> partnersOf(List<Referral> list) {
        return partners.findAllById(list.stream().map(Referral::getPartnerId).distinct().toList()).stream()
                .collect(Collectors.toMap(Partner::getId, Function.identity()));
    }

    record ReferralView(Long id, Long partnerId, String partnerName, PartnerKind partnerKind, String partnerKindLabel,
            ReferralStatus status, String statusLabel, boolean recommended, String recommendationReason,
            boolean contactShared, LocalDate proposedOn, String proposedBy, LocalDate sentOn, LocalDate chasedOn,
            LocalDate meetingOn, String outcome, LocalDate closedOn, String closedBy) {

        static ReferralView of(Referral r, Partner p) {
            return new ReferralView(r.getId(), r.getPartnerId(), p.getName(), r.getPartnerKind(),
                    r.getPartnerKind().label(), r.getStatus(), r.getStatus().label(), r.isRecommended(),
                    r.getRecommendationReason(), r.isContactShared(), r.getProposedOn(), r.getProposedBy(),
                    r.getSentOn(), r.getChasedOn(), r.getMeetingOn(), r.getOutcome(), r.getClosedOn(), r.getClosedBy());
        }
    }
}
