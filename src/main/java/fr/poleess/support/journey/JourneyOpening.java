package fr.poleess.support.journey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import fr.poleess.support.journey.internal.JourneyReferences;
import fr.poleess.support.privacy.AccessAction;
import fr.poleess.support.privacy.AccessLog;
import fr.poleess.support.privacy.ConsentPurpose;
import fr.poleess.support.privacy.Consents;
import fr.poleess.support.partner.Partner;
import fr.poleess.support.partner.PartnerDirectory;
import fr.poleess.support.shared.FieldViolation;
import fr.poleess.support.shared.FormLabels;
import fr.poleess.support.shared.InputValidation;
import fr.poleess.support.territory.Commune;
import fr.poleess.support.territory.CommuneMatching;
import fr.poleess.support.territory.TerritoryRouting;
import fr.poleess.support.territory.TerritoryRouting.Route;

/**
 * Opens journeys. Both ways in end here: {@code POST /api/journeys} calls {@link #open}, which writes
 * the participant and journey and starts the process; the Tasklist start form starts the process
 * first and its first service task calls {@link #registerFromStartForm}. Either way the rows and the
 * engine state are written in one transaction.
 */
@Service
public class JourneyOpening {

    private final Participants participants;
    private final Journeys journeys;
    private final TerritoryRouting routing;
    private final InputValidation validation;
    private final JourneyReferences references;
    private final RuntimeService runtimeService;
    private final PartnerDirectory partners;
    private final Consents consents;
    private final AccessLog accessLog;
    private final Clock clock;
    /** Key of the journey being opened by {@link #open} in the current transaction; one per bean, no static state. */
    private final Object openingInProgress = new Object();

    JourneyOpening(Participants participants, Journeys journeys, TerritoryRouting routing, InputValidation validation,
            JourneyReferences references, RuntimeService runtimeService, PartnerDirectory partners,
            Consents consents, AccessLog accessLog, Clock clock) {
        this.consents = consents;
        this.accessLog = accessLog;
        this.partners = partners;
        this.participants = participants;
        this.journeys = journeys;
        this.routing = routing;
        this.validation = validation;
        this.references = references;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /**
     * Opens a journey from our API and starts its process at "Enregistrer le parcours", which links the
     * instance to this journey. The link is handed over inside this transaction only
     * ({@link #openingInProgress}), never through a process variable a client could also send.
     */
    @Transactional
    public Journey open(NewParticipant input) {
        Registration registration = create(input, List.of());
        Journey journey = registration.journey();
        TransactionSynchronizationManager.bindResource(openingInProgress, registration);
        try {
            runtimeService.startProcessInstanceByKey(JourneyProcess.KEY, journey.getReference());
        } finally {
            TransactionSynchronizationManager.unbindResourceIfPossible(openingInProgress);
        }
        if (journey.getProcessInstanceId() == null) {
            throw new IllegalStateException("Journey " + journey.getReference() + " was not linked to its process");
        }
        return journey;
    }

    /**
     * The journey {@link #open} is starting in the current transaction and thread, if the process
     * instance with that business key is the one it started; empty for any other start.
     */
    public Optional<Registration> openingInProgress(String businessKey) {
        return TransactionSynchronizationManager.getResource(openingInProgress) instanceof Registration registration
                && registration.journey().getReference().equals(businessKey) ? Optional.of(registration)
                        : Optional.empty();
    }

    /** Called by the process's first service task for the journey {@link #open} is starting: links it to it. */
    @Transactional
    public void attachProcess(Registration registration, String processInstanceId) {
        if (registration.journey().getProcessInstanceId() != null) {
            throw new IllegalStateException(
                    "Journey " + registration.journey().getReference() + " already has a process");
        }
        registration.journey().attachProcess(processInstanceId);
    }

    /**
     * Called by the process's first service task when the process was started from the Tasklist
     * start form "Nouvel accueil": creates the participant and journey from the form's values,
     * validated exactly like the API's.
     *
     * @param readViolations values the caller could not even read (bad dates, unknown codes)
     */
    @Transactional
    public Registration registerFromStartForm(String processInstanceId, NewParticipant formValues,
            List<FieldViolation> readViolations) {
        Registration registration = create(formValues, readViolations);
        registration.journey().attachProcess(processInstanceId);
        return registration;
    }

    private Registration create(NewParticipant given, List<FieldViolation> readViolations) {
        List<FieldViolation> violations = new ArrayList<>(readViolations);
        NewParticipant input = withReferringPartner(given, violations);
        CommuneMatching.Match match = routing.match(input.commune(), input.postalCode());
        if (match instanceof CommuneMatching.Refused refused) {
            violations.add(new FieldViolation(refused.field(), refused.label(), refused.message()));
        }
        validation.check(input, crossFieldViolations(input, violations));
        Commune commune = match instanceof CommuneMatching.Known known ? known.commune() : null;
        Route route = routing.route(commune);
        LocalDate today = LocalDate.now(clock);
        String communeName = commune != null ? commune.getName() : ((CommuneMatching.OtherDepartment) match).name();
        Long communeId = commune != null ? commune.getId() : null;
        NewParticipant normalised = withCameThrough(withPostalCode(input, commune, match));
        Participant participant = participants.save(new Participant(normalised, communeId, communeName, today,
                Instant.now(clock)));
        String reference = references.next(route.territory().getCode(), today.getYear());
        Journey journey = journeys.save(new Journey(reference, participant, route.territory().getCode(), today));
        // The proof of the consents asked at reception: date, wording version, who recorded them.
        if (participant.isConsentGiven()) {
            consents.record(journey.getId(), ConsentPurpose.DATA_PROCESSING, null);
        }
        if (participant.isReferrerFeedbackConsent()) {
            consents.record(journey.getId(), ConsentPurpose.REFERRER_FEEDBACK, participant.getReferringPartnerId());
        }
        accessLog.record(reference, AccessAction.CHANGE, "ouverture du parcours");
        return new Registration(journey, route.advisorsGroup());
    }

    private static List<FieldViolation> crossFieldViolations(NewParticipant input, List<FieldViolation> readViolations) {
        List<FieldViolation> violations = new ArrayList<>(readViolations);
        if (input.cameThrough() == CameThrough.REFERRING_PARTNER && input.referringPartnerType() == null) {
            violations.add(new FieldViolation("referringPartnerType", "Type de prescripteur",
                    "est obligatoire quand le porteur de projet est orienté par un prescripteur"));
        }
        if (blank(input.email()) && blank(input.phone()) && blank(input.addressLine())) {
            violations.add(new FieldViolation("phone", "Téléphone",
                    "indiquez au moins un moyen de contact : téléphone, courriel ou adresse"));
        }
        return violations;
    }

    /** The postal code of the commune found, when the person gave only its name (or a code in its place). */
    private static NewParticipant withPostalCode(NewParticipant in, Commune commune, CommuneMatching.Match match) {
        String postalCode = in.postalCode();
        if (commune != null && (postalCode == null || postalCode.isBlank() || !commune.getPostalCodes().contains(postalCode))) {
            postalCode = commune.getPostalCode();
        } else if (match instanceof CommuneMatching.OtherDepartment other) {
            postalCode = other.postalCode();
        }
        return in.toBuilder().postalCode(postalCode).build();
    }

    private static NewParticipant withCameThrough(NewParticipant in) {
        return in.toBuilder().cameThrough(in.cameThroughOrDefault()).build();
    }

    /**
     * Links the referring partner of the directory: by its id (API), or by the exact name typed in the
     * start form, which cannot list the directory. The consent to inform the referrer needs one.
     */
    private NewParticipant withReferringPartner(NewParticipant in, List<FieldViolation> violations) {
        Partner partner = null;
        if (in.referringPartnerId() != null) {
            var reason = partners.whyNotReferringPartner(in.referringPartnerId());
            if (reason.isPresent()) {
                violations.add(new FieldViolation("referringPartnerId",
                        FormLabels.of(NewParticipant.class, "referringPartnerId"), reason.get()));
                return in;
            }
            partner = partners.require(in.referringPartnerId());
        } else if (in.cameThrough() == null || in.cameThrough() == CameThrough.REFERRING_PARTNER) {
            partner = partners.findReferringPartnerByName(in.referringPartnerName()).orElse(null);
        }
        if (partner == null) {
            if (Boolean.TRUE.equals(in.referrerFeedbackConsent())) {
                violations.add(new FieldViolation(JourneyProcess.NewReceptionForm.REFERRER_FEEDBACK_CONSENT,
                        FormLabels.of(NewParticipant.class, JourneyProcess.NewReceptionForm.REFERRER_FEEDBACK_CONSENT),
                        "suppose un prescripteur de l'annuaire : écrivez son nom tel qu'il y figure"
                                + " (par exemple « France Travail Beaune ») ou décochez la case"));
            }
            return in;
        }
        return in.toBuilder()
                .cameThrough(CameThrough.REFERRING_PARTNER)
                .referringPartnerType(in.referringPartnerType() != null ? in.referringPartnerType()
                        : referringPartnerType(partner))
                .referringPartnerName(partner.getName())
                .referringPartnerId(partner.getId())
                .build();
    }

    private static ReferringPartnerType referringPartnerType(Partner partner) {
        return switch (partner.getKind()) {
            case EMPLOYMENT_SERVICE -> ReferringPartnerType.FRANCE_TRAVAIL;
            case SOCIAL_SERVICES -> ReferringPartnerType.SOCIAL_SERVICES;
            case PAYS_DEVELOPMENT -> ReferringPartnerType.PAYS_DEVELOPMENT;
            case CMA, CCI, CHAMBER_OF_AGRICULTURE -> ReferringPartnerType.CONSULAR_CHAMBER;
            default -> ReferringPartnerType.OTHER;
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A journey just registered, with the advisors group that receives it. */
    public record Registration(Journey journey, String advisorsGroup) {
    }
}
