package fr.poleess.support.workshop.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.JourneySection;
import fr.poleess.support.journey.TimelineEntry;
import fr.poleess.support.workshop.AttendanceStatus;
import fr.poleess.support.workshop.Attendances;
import fr.poleess.support.workshop.CollectiveSession;
import fr.poleess.support.workshop.CollectiveSessions;
import fr.poleess.support.workshop.RegistrationStatus;
import fr.poleess.support.workshop.Registrations;
import fr.poleess.support.workshop.SessionRegistration;
import fr.poleess.support.workshop.SessionSlot;
import fr.poleess.support.workshop.SessionWording;
import fr.poleess.support.workshop.SlotAttendance;
import fr.poleess.support.workshop.SlotChange;
import fr.poleess.support.workshop.SlotChanges;

/**
 * Collective time in a journey's detail and timeline: every session the participant was registered for,
 * and each slot they attended. Only "present" is attendance; absences show in the details, not as attendance.
 */
@Component
@Order(8)
class CollectiveSessionSection implements JourneySection {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Registrations registrations;
    private final CollectiveSessions sessions;
    private final Attendances attendances;
    private final SlotChanges slotChanges;

    CollectiveSessionSection(Registrations registrations, CollectiveSessions sessions, Attendances attendances,
            SlotChanges slotChanges) {
        this.registrations = registrations;
        this.sessions = sessions;
        this.attendances = attendances;
        this.slotChanges = slotChanges;
    }

    @Override
    public String name() {
        return "collectiveSessions";
    }

    @Override
    public Part read(Journey journey) {
        List<SessionRegistration> mine = registrations.findByJourneyIdOrderByIdAsc(journey.getId());
        if (mine.isEmpty()) {
            return Part.none();
        }
        List<SlotAttendance> rows = attendances.findByRegistrationIdIn(mine.stream().map(SessionRegistration::getId).toList());
        List<Object> views = new ArrayList<>();
        List<TimelineEntry> entries = new ArrayList<>();
        for (SessionRegistration r : mine) {
            CollectiveSession session = sessions.require(r.getSessionId());
            List<SlotView> slots = session.getSlots().stream().map(slot -> new SlotView(slot.getStartsAt(),
                    slot.getDurationMinutes(), slot.getStatus().name(), rows.stream().filter(a -> a.getRegistrationId().equals(r.getId())
                            && a.getSlotId().equals(slot.getId())).map(SlotAttendance::getStatus).findFirst().orElse(null)))
                    .toList();
            views.add(new RegistrationView(session.getId(), session.getKind().label(), session.getTitle(),
                    session.getStatus().name(), r.getStatus(), slots));
            String when = session.startsAt() == null ? "" : " du " + SessionWording.date(session.startsAt());
            entries.add(new TimelineEntry(LocalDateTime.ofInstant(r.getRegisteredAt(), PARIS), "SESSION_REGISTERED",
                    (r.getStatus() == RegistrationStatus.WAITING ? "En liste d'attente : " : "Inscription : ")
                            + session.displayName() + when, r.getRegisteredBy()));
            if (r.getCancelledAt() != null) {
                entries.add(new TimelineEntry(LocalDateTime.ofInstant(r.getCancelledAt(), PARIS), "SESSION_CANCELLED",
                        "Inscription annulée : " + session.displayName() + when, null));
            }
            for (SlotChange change : slotChanges.findBySessionIdOrderByChangedAtAscIdAsc(session.getId())) {
                // Only what happened while the person was registered: that is when they were told.
                if (change.getChangedAt().isBefore(r.getRegisteredAt())
                        || (r.getCancelledAt() != null && change.getChangedAt().isAfter(r.getCancelledAt()))) {
                    continue;
                }
                String was = SessionWording.date(change.getPreviousAt()) + " à " + SessionWording.time(change.getPreviousAt());
                entries.add(new TimelineEntry(LocalDateTime.ofInstant(change.getChangedAt(), PARIS),
                        change.getKind() == SlotChange.Kind.MOVED ? "SESSION_SLOT_MOVED" : "SESSION_SLOT_CANCELLED",
                        change.getKind().label() + " : " + session.displayName() + ", prévu le " + was
                                + (change.getNewAt() == null ? "" : ", déplacé au " + SessionWording.date(change.getNewAt())
                                        + " à " + SessionWording.time(change.getNewAt())),
                        change.getChangedBy()));
            }
            for (SessionSlot slot : session.getSlots()) {
                boolean present = rows.stream().anyMatch(a -> a.getRegistrationId().equals(r.getId())
                        && a.getSlotId().equals(slot.getId()) && a.getStatus() == AttendanceStatus.PRESENT);
                if (present) {
                    entries.add(new TimelineEntry(slot.getStartsAt(), "SESSION_ATTENDED",
                            "Présent·e : " + session.displayName() + " (" + SessionWording.times(slot) + ")", null));
                }
            }
        }
        return new Part(views, entries);
    }

    record SlotView(LocalDateTime startsAt, int durationMinutes, String status, AttendanceStatus attendance) {
    }

    record RegistrationView(Long sessionId, String kind, String title, String sessionStatus,
            RegistrationStatus registration, List<SlotView> slots) {
    }
}
