package fr.poleess.support.workshop.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
import fr.poleess.support.workshop.RegistrationStatus;
import fr.poleess.support.workshop.Registrations;
import fr.poleess.support.workshop.SessionKind;
import fr.poleess.support.workshop.SessionRegistration;
import fr.poleess.support.workshop.SessionSlot;
import fr.poleess.support.workshop.SessionWording;
import fr.poleess.support.workshop.SlotAttendance;

/**
 * The views {@code /api/sessions} answers, for the current user, each in a few queries whatever the
 * number of rows: a list counts every session's registrations at once, a detail reads its registrations,
 * their attendance and their journeys once each. A session of a territory the user does not serve is
 * not found, exactly like one that does not exist.
 */
@Service
class SessionQueries {

    private final CollectiveSessions sessions;
    private final Registrations registrations;
    private final Attendances attendances;
    private final Journeys journeys;
    private final SessionWording wording;
    private final AttendanceRecording recording;
    private final SignInSheets signInSheets;
    private final CurrentUser currentUser;
    private final Clock clock;

    SessionQueries(CollectiveSessions sessions, Registrations registrations, Attendances attendances, Journeys journeys,
            SessionWording wording, AttendanceRecording recording, SignInSheets signInSheets, CurrentUser currentUser,
            Clock clock) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.attendances = attendances;
        this.journeys = journeys;
        this.wording = wording;
        this.recording = recording;
        this.signInSheets = signInSheets;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Sessions with a slot in the period ({@code from} inclusive, {@code to} exclusive; default: 3 months back, 12 ahead). */
    @Transactional(readOnly = true)
    List<SessionView.Summary> list(String territory, SessionKind kind, LocalDate from, LocalDate to) {
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
        List<CollectiveSession> found = sessions.search(visible, territory, kind, start.atStartOfDay(),
                end.atStartOfDay());
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<RegistrationStatus, Long>> counts = new HashMap<>();
        registrations.countByStatus(found.stream().map(CollectiveSession::getId).toList())
                .forEach(c -> counts.computeIfAbsent(c.getSessionId(), id -> new HashMap<>()).put(c.getStatus(),
                        c.getCount()));
        return found.stream().sorted(Comparator.comparing(CollectiveSession::startsAt)).map(s -> {
            Map<RegistrationStatus, Long> byStatus = counts.getOrDefault(s.getId(), Map.of());
            return SessionView.Summary.of(s, byStatus.getOrDefault(RegistrationStatus.REGISTERED, 0L),
                    byStatus.getOrDefault(RegistrationStatus.WAITING, 0L));
        }).toList();
    }

    @Transactional(readOnly = true)
    SessionView.Detail detail(Long id) {
        return detail(requireVisible(id));
    }

    /** The session if the current user serves its territory; {@link NotFoundException} otherwise. */
    CollectiveSession requireVisible(Long id) {
        return sessions.findVisible(id, currentUser.visibleTerritoryCodes())
                .orElseThrow(() -> new NotFoundException("Aucun temps collectif " + id + " parmi ceux de vos territoires."));
    }

    /** A registration as the API shows it, without attendance (it was just made or moved). */
    @Transactional(readOnly = true)
    SessionView.Registration registration(SessionRegistration registration) {
        return view(registration, Map.of(), journeysOf(List.of(registration)));
    }

    /** A slot's sign-in sheet as a PDF, with the file name to give it. */
    @Transactional(readOnly = true)
    SignInSheet signInSheet(Long id, Long slotId) {
        CollectiveSession session = requireVisible(id);
        SessionSlot slot = session.getSlots().stream().filter(s -> s.getId().equals(slotId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Aucun créneau " + slotId + " pour ce temps collectif."));
        String file = "emargement-" + session.getId() + "-" + slot.getStartsAt().toLocalDate() + ".pdf";
        return new SignInSheet(file, signInSheets.render(session, slot));
    }

    record SignInSheet(String fileName, byte[] pdf) {
    }

    private SessionView.Detail detail(CollectiveSession session) {
        List<SessionRegistration> all = registrations.findBySessionIdOrderByRegisteredAtAscIdAsc(session.getId());
        List<SlotAttendance> rows = all.isEmpty() ? List.of()
                : attendances.findByRegistrationIdIn(all.stream().map(SessionRegistration::getId).toList());
        Map<Long, Journey> journeysById = journeysOf(all);
        List<SessionView.Slot> slots = session.getSlots().stream()
                .map(slot -> SessionView.Slot.of(session, slot, rows.stream().filter(a -> a.getSlotId().equals(slot.getId())
                        && a.getStatus() == AttendanceStatus.PRESENT).count(), SessionWording.slot(slot)))
                .toList();
        List<SessionView.Registration> views = all.stream().map(r -> {
            Map<Long, AttendanceStatus> attendance = new HashMap<>();
            rows.stream().filter(a -> a.getRegistrationId().equals(r.getId()))
                    .forEach(a -> attendance.put(a.getSlotId(), a.getStatus()));
            return view(r, attendance, journeysById);
        }).toList();
        return new SessionView.Detail(session.getId(), session.getKind(), session.getKind().label(), session.getTitle(),
                session.getTheme(), session.getTerritoryCode(), session.getPlaceKind(), session.getOutreachDeskId(),
                session.getPlaceDetail(), wording.place(session), session.getAdvisors(), session.getPartnerFacilitators(),
                session.getCapacity(), session.getStatus(), session.getCancellationReason(), slots, views);
    }

    /** The journeys those registrations name (the participant's, or the one opened for a prospect), in one query. */
    private Map<Long, Journey> journeysOf(List<SessionRegistration> registrations) {
        Set<Long> ids = new HashSet<>();
        for (SessionRegistration r : registrations) {
            if (r.getJourneyId() != null) {
                ids.add(r.getJourneyId());
            }
            if (r.getOpenedJourneyId() != null) {
                ids.add(r.getOpenedJourneyId());
            }
        }
        return ids.isEmpty() ? Map.of()
                : journeys.findWithParticipants(ids).stream().collect(Collectors.toMap(Journey::getId, Function.identity()));
    }

    private SessionView.Registration view(SessionRegistration r, Map<Long, AttendanceStatus> attendance,
            Map<Long, Journey> journeysById) {
        String opened = r.getOpenedJourneyId() == null ? null : require(journeysById, r.getOpenedJourneyId()).getReference();
        if (r.isProspect()) {
            return new SessionView.Registration(r.getId(), "PROSPECT", null, recording.nameOf(r), r.getProspectCommune(),
                    r.getProspectEmail(), r.getProspectPhone(), r.getStatus(), r.getWantsToContinue(), opened, attendance);
        }
        Journey journey = require(journeysById, r.getJourneyId());
        return new SessionView.Registration(r.getId(), "PARTICIPANT", journey.getReference(),
                journey.getParticipant().displayName(), journey.getParticipant().getCommuneName(), null, null,
                r.getStatus(), null, null, attendance);
    }

    private static Journey require(Map<Long, Journey> journeysById, Long id) {
        Journey journey = journeysById.get(id);
        if (journey == null) {
            throw new IllegalStateException("No journey with id " + id);
        }
        return journey;
    }
}
