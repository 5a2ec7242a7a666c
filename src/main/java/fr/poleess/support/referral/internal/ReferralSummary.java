package fr.poleess.support.referral.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.poleess.support.documents.JourneySummarySection;
import fr.poleess.support.partner.Partner;
import fr.poleess.support.partner.Partners;
import fr.poleess.support.referral.Referral;
import fr.poleess.support.referral.ReferralStatus;
import fr.poleess.support.referral.Referrals;
import fr.poleess.support.shared.FrenchFormat;

/**
 * A journey's referrals in its end-of-journey summary, one line each, as the closure left them:
 * those still open when the journey closed read « annulée ».
 */
@Component
@Order(2)
class ReferralSummary implements JourneySummarySection {

    private final Referrals referrals;
    private final Partners partners;

    ReferralSummary(Referrals referrals, Partners partners) {
        this.referrals = referrals;
        this.partners = partners;
    }

    @Override
    public String heading() {
        return "Mises en lien avec des partenaires";
    }

    @Override
    public String whenEmpty() {
        return "Aucune mise en lien enregistrée.";
    }

    /** « CMA Côte-d'Or (Chambre de métiers et de l'artisanat) : mise en lien le 3 décembre 2026 — rendez-vous tenu ». */
    @Override
    public List<String> lines(Long journeyId) {
        List<Referral> list = referrals.findByJourneyIdOrderById(journeyId).stream()
                .sorted(Comparator.comparing(Referral::getProposedOn).thenComparing(Referral::getId)).toList();
        Map<Long, Partner> byId = partners.findAllById(list.stream().map(Referral::getPartnerId).distinct().toList())
                .stream().collect(Collectors.toMap(Partner::getId, Function.identity()));
        return list.stream().map(r -> byId.get(r.getPartnerId()).getName() + " (" + r.getPartnerKind().label()
                + ") : mise en lien le " + FrenchFormat.date(r.getProposedOn()) + " — " + r.getStatus().label()
                + (r.getMeetingOn() != null && r.getStatus() == ReferralStatus.MEETING_HELD
                        ? ", le " + FrenchFormat.date(r.getMeetingOn()) : ""))
                .toList();
    }
}
