package fr.poleess.support.agreement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.shared.FieldViolation;
import fr.poleess.support.shared.InputValidation;
import fr.poleess.support.shared.InvalidInputException;

/** Prepares, signs and amends support agreements. */
@Service
public class Agreements {

    /** The end-of-agreement review opens on the planned end day, at the start of the working day. */
    static final LocalTime END_TIMER_TIME = LocalTime.of(9, 0);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final SupportAgreements agreements;
    private final Amendments amendments;
    private final Journeys journeys;
    private final InputValidation validation;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Agreements(SupportAgreements agreements, Amendments amendments, Journeys journeys, InputValidation validation,
            Clock clock, ApplicationEventPublisher events) {
        this.agreements = agreements;
        this.amendments = amendments;
        this.journeys = journeys;
        this.validation = validation;
        this.clock = clock;
        this.events = events;
    }

    /**
     * "Préparer le contrat": writes the agreement, not signed yet, and publishes {@link AgreementPrepared}.
     * Preparing again replaces nothing: one per journey.
     */
    @Transactional
    public SupportAgreement prepare(Long journeyId, PrepareAgreement input, List<FieldViolation> readViolations,
            String advisor) {
        List<FieldViolation> violations = new ArrayList<>(readViolations);
        LocalDate today = LocalDate.now(clock);
        if (input.agreementStartDate() != null && (input.agreementStartDate().isBefore(today.minusMonths(3))
                || input.agreementStartDate().isAfter(today.plusMonths(3)))) {
            violations.add(new FieldViolation("agreementStartDate", "Début du contrat",
                    "doit se situer dans les trois mois autour de la date du jour"));
        }
        validation.check(input, violations);
        if (agreements.findByJourneyId(journeyId).isPresent()) {
            throw new InvalidInputException("agreementStartDate", "Contrat", "un contrat existe déjà pour ce parcours");
        }
        SupportAgreement agreement = agreements.save(new SupportAgreement(journeyId, input, advisor, Instant.now(clock)));
        events.publishEvent(new AgreementPrepared(journeyId, agreement.getId(), advisor));
        return agreement;
    }

    /** "Signature du contrat": the individual path starts; publishes {@link AgreementSigned}. */
    @Transactional
    public SupportAgreement sign(Long journeyId, SignAgreement input, List<FieldViolation> readViolations) {
        SupportAgreement agreement = require(journeyId);
        List<FieldViolation> violations = new ArrayList<>(readViolations);
        if (input.agreementSignedOn() != null && agreement.getPreparedAt() != null && input.agreementSignedOn()
                .isBefore(agreement.getPreparedAt().atZone(PARIS).toLocalDate().minusDays(1))) {
            violations.add(new FieldViolation("agreementSignedOn", "Date de signature",
                    "ne peut pas précéder la préparation du contrat"));
        }
        validation.check(input, violations);
        agreement.sign(input.agreementSignedOn());
        Journey journey = journeys.require(journeyId);
        journey.markAgreementSigned(input.agreementSignedOn());
        events.publishEvent(new AgreementSigned(journeyId, input.agreementSignedOn()));
        return agreement;
    }

    /** "Avenant au contrat": extends the agreement, never beyond 24 months in all; publishes {@link AgreementAmended}. */
    @Transactional
    public Amendment amend(Long journeyId, AmendAgreement input, List<FieldViolation> readViolations, String advisor) {
        validation.check(input, readViolations);
        SupportAgreement agreement = require(journeyId);
        int total = agreement.getDurationMonths() + input.extensionMonths();
        if (total > SupportAgreement.MAX_MONTHS) {
            throw new InvalidInputException("extensionMonths", "Prolongation (mois)",
                    "le contrat dure déjà %d mois : il ne peut être prolongé que de %d mois au plus (24 mois en tout)"
                            .formatted(agreement.getDurationMonths(),
                                    SupportAgreement.MAX_MONTHS - agreement.getDurationMonths()));
        }
        LocalDate newEnd = agreement.getStartDate().plusMonths(total);
        if (!newEnd.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("extensionMonths", "Prolongation (mois)",
                    "la nouvelle date de fin (%s) doit être postérieure à aujourd'hui".formatted(newEnd));
        }
        Amendment amendment = amendments.save(agreement.extend(input.extensionMonths(), input.amendmentReason(), advisor,
                Instant.now(clock)));
        events.publishEvent(new AgreementAmended(journeyId, agreement.getId(), amendment.getId(), advisor));
        return amendment;
    }

    /** When the end-of-agreement timer fires: the planned end day at 09:00, Paris time. */
    public Date endTimerDate(Long journeyId) {
        return Date.from(require(journeyId).getPlannedEndDate().atTime(END_TIMER_TIME).atZone(PARIS).toInstant());
    }

    private SupportAgreement require(Long journeyId) {
        return agreements.findByJourneyId(journeyId)
                .orElseThrow(() -> new IllegalStateException("No agreement for journey " + journeyId));
    }
}
