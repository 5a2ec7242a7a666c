package fr.poleess.support.workshop.internal;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.poleess.support.documents.JourneySummarySection;
import fr.poleess.support.shared.FrenchFormat;
import fr.poleess.support.workshop.AttendanceStatus;
import fr.poleess.support.workshop.Attendances;
import fr.poleess.support.workshop.CollectiveSession;
import fr.poleess.support.workshop.CollectiveSessions;
import fr.poleess.support.workshop.Registrations;
import fr.poleess.support.workshop.SessionSlot;
import fr.poleess.support.workshop.SlotAttendance;

/**
 * The collective sessions a journey's participant attended, in its end-of-journey summary: one line
 * per session, dated by the first slot attended. Only attendance marked present counts, as everywhere.
 */
@Component
@Order(1)
class CollectiveSessionSummary implements JourneySummarySection {

    private final Registrations registrations;
    private final Attendances attendances;
    private final CollectiveSessions sessions;

    CollectiveSessionSummary(Registrations registrations, Attendances attendances, CollectiveSessions sessions) {
        this.registrations = registrations;
        this.attendances = attendances;
        this.sessions = sessions;
    }

    @Override
    public String heading() {
        return "Ateliers et temps collectifs suivis";
    }

    @Override
    public String whenEmpty() {
        return "Aucun atelier ou temps collectif enregistré.";
    }

    /** « Atelier thématique « Étude de marché », le 3 décembre 2026 (2 séances) ». */
    @Override
    public List<String> lines(Long journeyId) {
        Map<Long, Long> sessionOfRegistration = new HashMap<>();
        registrations.findByJourneyIdOrderByIdAsc(journeyId)
                .forEach(r -> sessionOfRegistration.put(r.getId(), r.getSessionId()));
        Map<Long, Attended> bySession = new HashMap<>();
        for (SlotAttendance attendance : attendances.findByJourneyLatestFirst(journeyId)) {
            if (attendance.getStatus() == AttendanceStatus.PRESENT) {
                bySession.computeIfAbsent(sessionOfRegistration.get(attendance.getRegistrationId()),
                        id -> new Attended(sessions.require(id), new HashMap<>())).add(attendance.getSlotId());
            }
        }
        return bySession.values().stream()
                .sorted(Comparator.comparing(Attended::firstStart).thenComparing(a -> a.session().getId()))
                .map(Attended::line).toList();
    }

    /** The slots of one session the participant was present at. */
    private record Attended(CollectiveSession session, Map<Long, SessionSlot> slots) {

        void add(Long slotId) {
            slots.put(slotId, session.slot(slotId));
        }

        LocalDateTime firstStart() {
            return slots.values().stream().map(SessionSlot::getStartsAt).min(Comparator.naturalOrder()).orElseThrow();
        }

        String line() {
            return session.getKind().label() + " « " + session.getTitle() + " », le "
                    + FrenchFormat.date(firstStart().toLocalDate())
                    + (slots.size() > 1 ? " (" + slots.size() + " séances)" : "");
        }
    }
}
