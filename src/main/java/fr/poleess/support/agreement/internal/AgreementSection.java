package fr.poleess.support.agreement.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.poleess.support.agreement.Amendment;
import fr.poleess.support.agreement.PlannedActivity;
import fr.poleess.support.agreement.SupportAgreement;
import fr.poleess.support.agreement.SupportAgreements;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.JourneySection;
import fr.poleess.support.journey.JourneyStatus;
import fr.poleess.support.journey.TimelineEntry;
import fr.poleess.support.shared.FrenchFormat;

/** The agreement and its amendments, in a journey's detail and timeline. */
@Component
@Order(2)
class AgreementSection implements JourneySection {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final SupportAgreements agreements;

    AgreementSection(SupportAgreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public String name() {
        return "agreement";
    }

    @Override
    public Part read(Journey journey) {
        // The agreement is prepared after the reception: a journey still at reception has none.
        if (journey.getStatus() == JourneyStatus.RECEPTION) {
            return Part.none();
        }
        List<Object[]> rows = agreements.findWithAmendmentsByJourneyId(journey.getId());
        if (rows.isEmpty()) {
            return Part.none();
        }
        SupportAgreement a = (SupportAgreement) rows.get(0)[0];
        // One row per planned activity and amendment: each amendment once, oldest first.
        List<Amendment> amendmentsOfA = rows.stream().map(row -> (Amendment) row[1]).filter(Objects::nonNull)
                .collect(Collectors.toMap(Amendment::getId, m -> m, (x, y) -> x, LinkedHashMap::new)).values().stream()
                .sorted(Comparator.comparing(Amendment::getCreatedAt)).toList();
        AgreementView view = new AgreementView(a.getStartDate(), a.getDurationMonths(), a.getPlannedEndDate(),
                a.getObjectives(), a.getPlannedActivities(), a.getPlannedWorkshops(), a.getPreparedBy(), a.getSignedOn(),
                amendmentsOfA.stream().map(AmendmentView::of).toList());
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(new TimelineEntry(LocalDateTime.ofInstant(a.getPreparedAt(), PARIS), "AGREEMENT_PREPARED",
                "Contrat d'accompagnement préparé (" + a.getDurationMonths() + " mois)", a.getPreparedBy()));
        if (a.getSignedOn() != null) {
            entries.add(new TimelineEntry(a.getSignedOn().atStartOfDay(), "AGREEMENT_SIGNED", "Contrat signé", null));
        }
        for (Amendment amendment : amendmentsOfA) {
            entries.add(new TimelineEntry(LocalDateTime.ofInstant(amendment.getCreatedAt(), PARIS), "AMENDMENT",
                    "Avenant : +" + amendment.getExtensionMonths() + " mois, fin au " + FrenchFormat.date(amendment.getNewEndDate()),
                    amendment.getCreatedBy()));
        }
        return new Part(view, entries);
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
