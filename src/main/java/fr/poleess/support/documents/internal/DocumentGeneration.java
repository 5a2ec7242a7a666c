package fr.poleess.support.documents.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.ErrorResponseException;

import fr.poleess.support.access.AdvisorNames;
import fr.poleess.support.agreement.AgreementAmended;
import fr.poleess.support.agreement.AgreementPrepared;
import fr.poleess.support.agreement.Amendment;
import fr.poleess.support.agreement.Amendments;
import fr.poleess.support.agreement.SupportAgreement;
import fr.poleess.support.agreement.SupportAgreements;
import fr.poleess.support.appointment.Appointments;
import fr.poleess.support.closure.JourneyClosed;
import fr.poleess.support.closure.Outcome;
import fr.poleess.support.closure.Outcomes;
import fr.poleess.support.documents.DocumentKind;
import fr.poleess.support.documents.DocumentSettings;
import fr.poleess.support.documents.JourneySummarySection;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.reception.Receptions;
import fr.poleess.support.territory.Territories;
import fr.poleess.support.territory.Territory;
import fr.poleess.support.shared.FrenchFormat;

/**
 * Generates and stores documents: the agreement when it is prepared, each amendment when it is
 * made, the summary when the journey closes, all in the transaction of the step that caused them.
 * Generating again is only done on purpose, and never for a signed agreement.
 */
@Service
class DocumentGeneration {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final DocumentStore store;
    private final DocumentSettings settings;
    private final Journeys journeys;
    private final Territories territories;
    private final SupportAgreements agreements;
    private final Amendments amendments;
    private final Receptions receptions;
    private final Appointments appointments;
    private final Outcomes outcomes;
    private final List<JourneySummarySection> summarySections;
    private final AdvisorNames advisorNames;
    private final Clock clock;

    DocumentGeneration(DocumentStore store, DocumentSettings settings, Journeys journeys, Territories territories,
            SupportAgreements agreements, Amendments amendments, Receptions receptions, Appointments appointments,
            Outcomes outcomes, List<JourneySummarySection> summarySections, AdvisorNames advisorNames, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.journeys = journeys;
        this.territories = territories;
        this.agreements = agreements;
        this.amendments = amendments;
        this.receptions = receptions;
        this.appointments = appointments;
        this.outcomes = outcomes;
        this.summarySections = summarySections;
        this.advisorNames = advisorNames;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(AgreementPrepared prepared) {
        agreement(prepared.journeyId(), prepared.preparedBy());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(AgreementAmended amended) {
        Journey journey = journeys.require(amended.journeyId());
        SupportAgreement agreement = agreements.findById(amended.agreementId()).orElseThrow();
        List<Amendment> all = amendments.findByAgreementIdOrderByCreatedAt(agreement.getId());
        Amendment amendment = all.stream().filter(a -> a.getId().equals(amended.amendmentId())).findFirst().orElseThrow();
        int number = all.indexOf(amendment) + 1;
        byte[] pdf = AgreementDocument.amendment(settings, journey, territory(journey), agreement, amendment, number,
                advisorNames.of(amended.createdBy()), now().toLocalDate());
        store.add(journey.getId(), DocumentKind.AMENDMENT, amendment.getId(),
                "avenant-" + number + "_" + journey.getReference(), pdf, now(), amended.createdBy());
    }

    /**
     * Just before the closure's transaction commits, once every module has reacted to the closure: the
     * summary shows what they did (open referrals cancelled) whatever order they ran in. Still in that
     * transaction: a summary that cannot be written fails the closure.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void on(JourneyClosed closed) {
        summary(closed.journeyId(), null);
    }

    /** The agreement's PDF, as a new version; refused once the agreement is signed. */
    @Transactional
    public StoredDocument agreement(Long journeyId, String by) {
        Journey journey = journeys.require(journeyId);
        SupportAgreement agreement = agreements.findByJourneyId(journeyId)
                .orElseThrow(() -> conflict("Ce parcours n'a pas encore de contrat d'accompagnement."));
        if (agreement.getSignedOn() != null) {
            throw conflict("Le contrat est signé depuis le " + FrenchFormat.date(agreement.getSignedOn())
                    + " : son PDF reste celui qui a été signé.");
        }
        int version = store.list(journeyId).stream().filter(d -> d.kind() == DocumentKind.AGREEMENT)
                .mapToInt(StoredDocument::version).max().orElse(0) + 1;
        byte[] pdf = AgreementDocument.agreement(settings, journey, territory(journey), agreement,
                advisorNames.of(journey.getReferentAdvisor() != null ? journey.getReferentAdvisor()
                        : agreement.getPreparedBy()),
                version, now().toLocalDate());
        return store.add(journeyId, DocumentKind.AGREEMENT, agreement.getId(), "contrat_" + journey.getReference(), pdf,
                now(), by);
    }

    /** The end-of-journey summary, as a new version; only for a closed journey. */
    @Transactional
    public StoredDocument summary(Long journeyId, String by) {
        Journey journey = journeys.require(journeyId);
        Outcome outcome = outcomes.findById(journeyId)
                .orElseThrow(() -> conflict("Ce parcours n'est pas clôturé : le bilan n'existe pas encore."));
        JourneySummaryDocument.Content content = new JourneySummaryDocument.Content(journey, territory(journey),
                advisorNames.of(journey.getReferentAdvisor()), receptions.findByJourneyId(journeyId).orElse(null),
                agreements.findByJourneyId(journeyId).orElse(null), appointments.findByJourneyIdOrderByHeldAt(journeyId),
                summarySections.stream().map(s -> new JourneySummaryDocument.Part(s.heading(), s.whenEmpty(),
                        s.lines(journeyId))).toList(),
                outcome);
        byte[] pdf = JourneySummaryDocument.write(settings, content, now().toLocalDate());
        return store.add(journeyId, DocumentKind.JOURNEY_SUMMARY, null, "bilan_" + journey.getReference(), pdf, now(),
                by != null ? by : outcome.getRecordedBy());
    }

    private Territory territory(Journey journey) {
        return territories.findById(journey.getTerritoryCode()).orElseThrow();
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), PARIS);
    }

    private static ErrorResponseException conflict(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle("Document non généré");
        return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
    }
}
