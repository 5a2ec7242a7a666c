package fr.poleess.support.referral.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import fr.poleess.support.access.CurrentUser;
import fr.poleess.support.closure.OutcomeKind;
import fr.poleess.support.closure.Outcomes;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.JourneyStatus;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.partner.Partner;
import fr.poleess.support.partner.PartnerDirectory;
import fr.poleess.support.territory.Territories;
import fr.poleess.support.territory.Territory;

/**
 * {@code GET /api/partners/{id}/referred}: the journeys a referring partner sent us and where each
 * stands, for the monthly summary to the job centre. Managers see all of them, advisors those of their
 * territories. The participant appears as first name and initial: enough for us to talk with the
 * partner, not more than the summary needs.
 */
@RestController
class ReferredJourneysController {

    private final PartnerDirectory directory;
    private final Journeys journeys;
    private final Outcomes outcomes;
    private final Territories territories;
    private final CurrentUser currentUser;

    ReferredJourneysController(PartnerDirectory directory, Journeys journeys, Outcomes outcomes,
            Territories territories, CurrentUser currentUser) {
        this.directory = directory;
        this.journeys = journeys;
        this.outcomes = outcomes;
        this.territories = territories;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/partners/{id}/referred")
    @Transactional(readOnly = true)
    List<ReferredJourney> referred(@PathVariable Long id) {
        Partner partner = directory.require(id);
        var visible = currentUser.visibleTerritoryCodes();
        if (visible.isEmpty()) {
            return List.of();
        }
        return journeys.findReferredBy(partner.getId(), visible).stream().map(this::view).toList();
    }

    private ReferredJourney view(Journey j) {
        OutcomeKind outcome = outcomes.findById(j.getId()).map(o -> o.getKind()).orElse(null);
        return new ReferredJourney(j.getReference(), j.getParticipant().firstNameAndInitial(), j.getStatus(),
                j.getTerritoryCode(), territories.findById(j.getTerritoryCode()).map(Territory::getName).orElse(null),
                j.getOpenedOn(), j.getReceivedOn(), j.getAgreementSignedOn(), j.getClosedOn(), outcome,
                outcome == null ? null : outcome.label(), j.getParticipant().isReferrerFeedbackConsent());
    }

    record ReferredJourney(String reference, String participant, JourneyStatus status, String territory,
            String territoryName, LocalDate openedOn, LocalDate receivedOn, LocalDate agreementSignedOn,
            LocalDate closedOn, OutcomeKind outcome, String outcomeLabel, boolean feedbackConsent) {
    }
}
