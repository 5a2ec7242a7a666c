package fr.poleess.support.workshop;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.JourneyStatus;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.shared.FieldViolation;
import fr.poleess.support.shared.InputValidation;
import fr.poleess.support.shared.InvalidInputException;

/**
 * Registers participants and prospects for sessions: a seat while there is one, the waiting list
 * after that, and the first on the list moves up (and is told) when a seat is freed. Nobody is
 * registered twice for the same session.
 */
@Service
public class SessionRegistering {

    private final CollectiveSessions sessions;
    private final Registrations registrations;
    private final Journeys journeys;
    private final SessionNotices notices;
    private final InputValidation validation;
    private final Clock clock;

    SessionRegistering(CollectiveSessions sessions, Registrations registrations, Journeys journeys,
            SessionNotices notices, InputValidation validation, Clock clock) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.journeys = journeys;
        this.notices = notices;
        this.validation = validation;
        this.clock = clock;
    }

    /**
     * @param visibleTerritories the territories whose journeys the caller may register
     * @throws InvalidInputException in French, when registration is closed, the person unknown or already registered
     */
    @Transactional
    public SessionRegistration register(Long sessionId, RegisterForSession input, String by,
            Collection<String> visibleTerritories) {
        return register(sessionId, input, by, visibleTerritories, Instant.now(clock));
    }

    /**
     * Registers as it would have been done at {@code at}: the rules (registration closes when the session
     * starts) and the registration's date are those of that moment. For seeding sessions already held (demo
     * data) without moving the clock that timers and every other service read.
     */
    @Transactional
    public SessionRegistration registerAsOf(Instant at, Long sessionId, RegisterForSession input, String by,
            Collection<String> visibleTerritories) {
        return register(sessionId, input, by, visibleTerritories, at);
    }

    private SessionRegistration register(Long sessionId, RegisterForSession input, String by,
            Collection<String> visibleTerritories, Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        boolean byJourney = input.journeyReference() != null && !input.journeyReference().isBlank();
        if (byJourney == (input.prospect() != null)) {
            violations.add(new FieldViolation("journeyReference", "Référence du parcours",
                    "indiquez soit la référence du parcours d'un porteur de projet, soit un prospect"));
        }
        validation.check(input, violations);
        sessions.lock(sessionId);
        CollectiveSession session = sessions.require(sessionId);
        checkOpen(session, now);
        List<SessionRegistration> active = active(sessionId);
        RegistrationStatus status = active.stream().filter(r -> r.getStatus() == RegistrationStatus.REGISTERED)
                .count() < session.getCapacity() ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITING;
        if (byJourney) {
            Journey journey = journeys.findVisible(input.journeyReference().strip(), visibleTerritories)
                    .orElseThrow(() -> new InvalidInputException("journeyReference", "Référence du parcours",
                            "aucun parcours « " + input.journeyReference().strip() + " » parmi ceux que vous suivez"));
            if (journey.getStatus() == JourneyStatus.CLOSED) {
                throw new InvalidInputException("journeyReference", "Référence du parcours",
                        "ce parcours est clôturé : le porteur de projet ne peut plus être inscrit");
            }
            if (active.stream().anyMatch(r -> journey.getId().equals(r.getJourneyId()))) {
                throw alreadyRegistered("journeyReference", "Référence du parcours");
            }
            return registrations.save(SessionRegistration.participant(sessionId, journey.getId(), status, by, now));
        }
        RegisterForSession.Prospect prospect = input.prospect();
        if (session.getKind() != SessionKind.INFORMATION_SESSION) {
            throw new InvalidInputException("prospect", "Prospect",
                    "seule une information collective accueille des prospects : inscrivez un porteur de projet par son parcours");
        }
        if (blank(prospect.email()) && blank(prospect.phone())) {
            throw new InvalidInputException("prospect.phone", "Téléphone",
                    "indiquez au moins un moyen de contact : téléphone ou courriel");
        }
        if (active.stream().anyMatch(r -> r.isProspect() && same(r.getProspectFirstName(), prospect.firstName())
                && same(r.getProspectLastName(), prospect.lastName()))) {
            throw alreadyRegistered("prospect.lastName", "Nom");
        }
        RegisterForSession.Prospect cleaned = new RegisterForSession.Prospect(prospect.firstName().strip(),
                prospect.lastName().strip(), prospect.commune().strip(), blank(prospect.email()) ? null
                        : prospect.email().strip(), blank(prospect.phone()) ? null : prospect.phone().strip());
        return registrations.save(SessionRegistration.prospect(sessionId, cleaned, status, by, now));
    }

    /**
     * Cancels a registration before the session; if it held a seat, the first on the waiting list moves
     * up and is told.
     *
     * @return the registration moved up, if any
     */
    @Transactional
    public Optional<SessionRegistration> cancel(Long sessionId, Long registrationId) {
        sessions.lock(sessionId);
        CollectiveSession session = sessions.require(sessionId);
        SessionRegistration registration = registrations.findById(registrationId)
                .filter(r -> r.getSessionId().equals(sessionId))
                .orElseThrow(() -> new InvalidInputException("registrationId", "Inscription",
                        "cette inscription n'existe pas pour ce temps collectif"));
        if (registration.getStatus() == RegistrationStatus.CANCELLED) {
            throw new InvalidInputException("registrationId", "Inscription", "cette inscription est déjà annulée");
        }
        if (session.getStatus() != SessionStatus.OPEN) {
            throw new InvalidInputException("registrationId", "Inscription",
                    "ce temps collectif est terminé ou annulé : l'inscription ne peut plus être annulée");
        }
        boolean heldASeat = registration.getStatus() == RegistrationStatus.REGISTERED;
        registration.cancel(Instant.now(clock));
        if (!heldASeat || !upcoming(session)) {
            return Optional.empty();
        }
        Optional<SessionRegistration> next = active(sessionId).stream()
                .filter(r -> r.getStatus() == RegistrationStatus.WAITING).findFirst();
        next.ifPresent(r -> {
            r.moveUp();
            notices.seatConfirmed(session, r);
        });
        return next;
    }

    /**
     * From « Rendez-vous individuel »: registers the journey for the sessions ticked, if any; a value that could not
     * be read refuses the form.
     */
    @Transactional
    public void registerFromAppointment(Long journeyId, AppointmentSessionRegistrations input,
            List<FieldViolation> readViolations, String by) {
        List<Long> sessionIds = input.sessionIds();
        if (!readViolations.isEmpty()) {
            throw new InvalidInputException(readViolations);
        }
        if (!sessionIds.isEmpty()) {
            registerJourney(journeyId, sessionIds, by);
        }
    }

    /**
     * From the appointment form: registers the journey for the sessions ticked.
     */
    @Transactional
    public void registerJourney(Long journeyId, List<Long> sessionIds, String by) {
        Journey journey = journeys.require(journeyId);
        for (Long sessionId : sessionIds) {
            register(sessionId, new RegisterForSession(journey.getReference(), null), by,
                    List.of(journey.getTerritoryCode()));
        }
    }

    /**
     * The upcoming open sessions of the journey's territory it is not registered for, as form options
     * ({@code label}, {@code value} = session id).
     */
    @Transactional(readOnly = true)
    public List<Map<String, String>> upcomingOptions(Long journeyId) {
        Journey journey = journeys.require(journeyId);
        LocalDateTime now = LocalDateTime.now(clock);
        List<Map<String, String>> options = new ArrayList<>();
        for (CollectiveSession session : sessions.search(List.of(journey.getTerritoryCode()),
                journey.getTerritoryCode(), null, now, now.plusMonths(6))) {
            if (session.getStatus() != SessionStatus.OPEN || !upcoming(session)) {
                continue;
            }
            List<SessionRegistration> active = active(session.getId());
            if (active.stream().anyMatch(r -> journeyId.equals(r.getJourneyId()))) {
                continue;
            }
            long seats = active.stream().filter(r -> r.getStatus() == RegistrationStatus.REGISTERED).count();
            options.add(Map.of("value", session.getId().toString(), "label", session.displayName() + " — "
                    + SessionWording.slot(session.plannedSlots().get(0))
                    + (seats >= session.getCapacity() ? " (complet : liste d'attente)" : "")));
        }
        return options;
    }

    /** Registrations holding a seat or waiting, in registration order. */
    public List<SessionRegistration> active(Long sessionId) {
        return registrations.findBySessionIdOrderByRegisteredAtAscIdAsc(sessionId).stream()
                .filter(r -> r.getStatus() != RegistrationStatus.CANCELLED).toList();
    }

    private void checkOpen(CollectiveSession session, Instant now) {
        if (session.getStatus() != SessionStatus.OPEN) {
            throw new InvalidInputException("sessionId", "Temps collectif",
                    "les inscriptions sont closes : ce temps collectif est "
                            + (session.getStatus() == SessionStatus.CANCELLED ? "annulé" : "terminé"));
        }
        if (!upcoming(session, now)) {
            throw new InvalidInputException("sessionId", "Temps collectif",
                    "les inscriptions sont closes : le temps collectif a commencé");
        }
    }

    private boolean upcoming(CollectiveSession session) {
        return upcoming(session, clock.instant());
    }

    private boolean upcoming(CollectiveSession session, Instant now) {
        return session.startsAt() != null && session.startsAt().isAfter(LocalDateTime.ofInstant(now, clock.getZone()));
    }

    private static InvalidInputException alreadyRegistered(String field, String label) {
        return new InvalidInputException(field, label, "cette personne est déjà inscrite à ce temps collectif");
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().toLowerCase(Locale.FRENCH).equals(b.strip().toLowerCase(Locale.FRENCH));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
