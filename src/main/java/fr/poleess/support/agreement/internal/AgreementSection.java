package fr.poleess.support.agreement.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.poleess.support.agreement.Amendment;
import fr.poleess.support.agreement.Amendments;
import fr.poleess.support.agreement.PlannedActivity;
import fr.poleess.support.agreement.SupportAgreements;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.JourneySection;
import fr.poleess.support.journey.TimelineEntry;
import fr.poleess.support.shared.FrenchFormat;

/** The agreement and its amendments, in a journey's detail and timeline. */
@Component
@Order(2)
class AgreementSection implements JourneySection {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final SupportAgreements agreements;
    private final Amendments amendments;

    AgreementSection(SupportAgreements agreements, Amendments amendments) {
        this.agreements = agreements;
        this.amendments = amendments;
    }

    @Override
    public String name() {
        return "agreement";
    }

    @Override
    public Optional<Object> details(Journey journey) {
        return agreements.findByJourneyId(journey.getId()).map(a -> new AgreementView(a.getStartDate(),
                a.getDurationMonths(), a.getPlannedEndDate(), a.getObjectives(), a.getPlannedActivities(),
                a.getPlannedWorkshops(), a.getPreparedBy(), a.getSignedOn(),
                amendments.findByAgreementIdOrderByCreatedAt(a.getId()).stream().map(AmendmentView::of).toList()));
    }

    @Override
    public List<TimelineEntry> timeline(Journey journey) {
        List<TimelineEntry> entries = new ArrayList<>();
        agreements.findByJourneyId(journey.getId()).ifPresent(a -> {
            entries.add(new TimelineEntry(LocalDateTime.ofInstant(a.getPreparedAt(), PARIS), "AGREEMENT_PREPARED",
                    "Contrat d'accompagnement préparé (" + a.getDurationMonths() + " mois)", a.getPreparedBy()));
            if (a.getSignedOn() != null) {
                entries.add(new TimelineEntry(a.getSignedOn().atStartOfDay(), "AGREEMENT_SIGNED", "Contrat signé", null));
            }
            for (Amendment amendment : amendments.findByAgreementIdOrderByCreatedAt(a.getId())) {
                entries.add(new TimelineEntry(LocalDateTime.ofInstant(amendment.getCreatedAt(), PARIS), "AMENDMENT",
                        "Avenant : +" + amendment.getExtensionMonths() + " mois, fin au " + FrenchFormat.date(amendment.getNewEndDate()),
                        amendment.getCreatedBy()));
            }
        });
        return entries;
    }

    record AgreementView(LocalDate startDate, int durationMonths, LocalDate plannedEndDate, String objectives,
            Set<PlannedActivity> plannedActivities, String plannedWorkshops, String preparedBy, LocalDate signedOn,
            List<AmendmentView> amendments) {
    }

    record AmendmentView(int extensionMonths, LocalDate previousEndDate, LocalDate newEndDate, String reason,
            String createdBy) {

        static AmendmentView of(Amendment a) {
            return new AmendmentView(a.getExtensionMonths(), a.getPreviousEndDate(), a.getNewEndDate(), a.getReason(),
                    a.getCreatedBy());
        }
    }

}
