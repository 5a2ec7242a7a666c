package fr.poleess.support.workshop.internal;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.poleess.support.access.CurrentUser;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.shared.InvalidInputException;
import fr.poleess.support.shared.NotFoundException;
import fr.poleess.support.workshop.AttendanceRecording;
import fr.poleess.support.workshop.AttendanceStatus;
import fr.poleess.support.workshop.Attendances;
import fr.poleess.support.workshop.CollectiveSession;
import fr.poleess.support.workshop.CollectiveSessions;
import fr.poleess.support.workshop.PlanSession;
import fr.poleess.support.workshop.RegisterForSession;
import fr.poleess.support.workshop.RegistrationStatus;
import fr.poleess.support.workshop.Registrations;
import fr.poleess.support.workshop.SessionKind;
import fr.poleess.support.workshop.SessionPlanning;
import fr.poleess.support.workshop.SessionRegistering;
import fr.poleess.support.workshop.SessionRegistration;
import fr.poleess.support.workshop.SessionSlot;
import fr.poleess.support.workshop.SessionWording;
import fr.poleess.support.workshop.SlotAttendance;

/**
 * {@code /api/sessions}: plan, list and read collective sessions, register and cancel registrations,
 * cancel a session, download a slot's sign-in sheet. A session of a territory the caller does not serve
 * answers {@code 404}, exactly like one that does not exist.
 */
@RestController
@RequestMapping("/api/sessions")
class SessionController {

    private final CollectiveSessions sessions;
    private final Registrations registrations;
    private final Attendances attendances;
    private final Journeys journeys;
    private final SessionPlanning planning;
    private final SessionRegistering registering;
    private final AttendanceRecording recording;
    private final SessionWording wording;
    private final SignInSheets signInSheets;
    private final CurrentUser currentUser;
    private final Clock clock;

    SessionController(CollectiveSessions sessions, Registrations registrations, Attendances attendances,
            Journeys journeys, SessionPlanning planning, SessionRegistering registering, AttendanceRecording recording,
            SessionWording wording, SignInSheets signInSheets, CurrentUser currentUser, Clock clock) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.attendances = attendances;
        this.journeys = journeys;
        this.planning = planning;
        this.registering = registering;
        this.recording = recording;
        this.wording = wording;
        this.signInSheets = signInSheets;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Sessions with a slot in the period ({@code from} inclusive, {@code to} exclusive; default: 3 months back, 12 ahead). */
    @GetMapping
    @Transactional(readOnly = true)
    List<SessionView.Summary> list(@RequestParam(required = false) String territory,
            @RequestParam(required = false) SessionKind kind, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        var visible = currentUser.visibleTerritoryCodes();
        if (visible.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from != null ? from : today.minusMonths(3);
        LocalDate end = to != null ? to : today.plusMonths(12);
        if (!end.isAfter(start)) {
            throw new InvalidInputException("to", "Fin de période", "doit être postérieure au début de la période");
        }
        return sessions.search(visible, territory, kind, start.atStartOfDay(), end.atStartOfDay()).stream()
                .sorted(java.util.Comparator.comparing(CollectiveSession::startsAt))
                .map(s -> {
                    List<SessionRegistration> active = registering.active(s.getId());
                    return SessionView.Summary.of(s,
                            active.stream().filter(r -> r.getStatus() == RegistrationStatus.REGISTERED).count(),
                            active.stream().filter(r -> r.getStatus() == RegistrationStatus.WAITING).count());
                }).toList();
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    SessionView.Detail get(@PathVariable Long id) {
        return detail(visible(id));
    }

    @PostMapping
    ResponseEntity<SessionView.Detail> plan(@RequestBody PlanSession plan) {
        if (plan.territoryCode() != null && !plan.territoryCode().isBlank()
                && !currentUser.canSee(plan.territoryCode())) {
            throw new InvalidInputException("territoryCode", "Territoire",
                    "vous ne pouvez planifier un temps collectif que sur un territoire que vous suivez");
        }
        CollectiveSession session = planning.plan(plan, currentUser.userId());
        return ResponseEntity.created(URI.create("/api/sessions/" + session.getId()))
                .body(detail(sessions.require(session.getId())));
    }

    @PostMapping("/{id}/registrations")
    ResponseEntity<SessionView.Registration> register(@PathVariable Long id, @RequestBody RegisterForSession input) {
        visible(id);
        SessionRegistration registration = registering.register(id, input, currentUser.userId(),
                currentUser.visibleTerritoryCodes());
        return ResponseEntity.created(URI.create("/api/sessions/" + id + "/registrations/" + registration.getId()))
                .body(view(registration, Map.of()));
    }

    @DeleteMapping("/{id}/registrations/{registrationId}")
    SessionView.Cancelled cancelRegistration(@PathVariable Long id, @PathVariable Long registrationId) {
        visible(id);
        Optional<SessionRegistration> movedUp = registering.cancel(id, registrationId);
        return new SessionView.Cancelled(registrationId, movedUp.map(r -> view(r, Map.of())).orElse(null));
    }

    /** Cancels the session; {@code {"reason": "…"}}. Everyone registered or waiting is told. */
    @PostMapping("/{id}/cancel")
    SessionView.Detail cancel(@PathVariable Long id, @RequestBody(required = false) Map<String, Object> body) {
        visible(id);
        Object reason = body == null ? null : body.get("reason");
        planning.cancel(id, reason == null ? null : reason.toString());
        return detail(sessions.require(id));
    }

    @GetMapping(value = "/{id}/slots/{slotId}/sign-in-sheet.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> signInSheet(@PathVariable Long id, @PathVariable Long slotId) {
        CollectiveSession session = visible(id);
        SessionSlot slot = session.getSlots().stream().filter(s -> s.getId().equals(slotId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Aucun créneau " + slotId + " pour ce temps collectif."));
        String file = "emargement-" + session.getId() + "-" + slot.getStartsAt().toLocalDate() + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.inline().filename(file).build().toString())
                .body(signInSheets.render(session, slot));
    }

    private CollectiveSession visible(Long id) {
        return sessions.findVisible(id, currentUser.visibleTerritoryCodes())
                .orElseThrow(() -> new NotFoundException("Aucun temps collectif " + id + " parmi ceux de vos territoires."));
    }

    private SessionView.Detail detail(CollectiveSession session) {
        List<SessionRegistration> all = registrations.findBySessionIdOrderByRegisteredAtAscIdAsc(session.getId());
        List<SlotAttendance> rows = attendances.findByRegistrationIdIn(all.stream().map(SessionRegistration::getId).toList());
        List<SessionView.Slot> slots = session.getSlots().stream()
                .map(slot -> SessionView.Slot.of(session, slot, rows.stream().filter(a -> a.getSlotId().equals(slot.getId())
                        && a.getStatus() == AttendanceStatus.PRESENT).count(), SessionWording.slot(slot)))
                .toList();
        List<SessionView.Registration> views = all.stream().map(r -> {
            Map<Long, AttendanceStatus> attendance = new HashMap<>();
            rows.stream().filter(a -> a.getRegistrationId().equals(r.getId()))
                    .forEach(a -> attendance.put(a.getSlotId(), a.getStatus()));
            return view(r, attendance);
        }).toList();
        return new SessionView.Detail(session.getId(), session.getKind(), session.getKind().label(), session.getTitle(),
                session.getTheme(), session.getTerritoryCode(), session.getPlaceKind(), session.getOutreachDeskId(),
                session.getPlaceDetail(), wording.place(session), session.getAdvisors(), session.getPartnerFacilitators(),
                session.getCapacity(), session.getStatus(), session.getCancellationReason(), slots, views);
    }

    private SessionView.Registration view(SessionRegistration r, Map<Long, AttendanceStatus> attendance) {
        String opened = r.getOpenedJourneyId() == null ? null : journeys.require(r.getOpenedJourneyId()).getReference();
        if (r.isProspect()) {
            return new SessionView.Registration(r.getId(), "PROSPECT", null, recording.nameOf(r), r.getProspectCommune(),
                    r.getProspectEmail(), r.getProspectPhone(), r.getStatus(), r.getWantsToContinue(), opened, attendance);
        }
        Journey journey = journeys.require(r.getJourneyId());
        return new SessionView.Registration(r.getId(), "PARTICIPANT", journey.getReference(),
                journey.getParticipant().displayName(), journey.getParticipant().getCommuneName(), null, null,
                r.getStatus(), null, null, attendance);
    }
}
