package fr.poleess.support.workshop.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.poleess.support.workshop.AttendanceStatus;
import fr.poleess.support.workshop.CollectiveSession;
import fr.poleess.support.workshop.PlaceKind;
import fr.poleess.support.workshop.RegistrationStatus;
import fr.poleess.support.workshop.SessionKind;
import fr.poleess.support.workshop.SessionSlot;
import fr.poleess.support.workshop.SessionStatus;

/** What {@code /api/sessions} answers. */
final class SessionView {

    private SessionView() {
    }

    record Summary(Long id, SessionKind kind, String kindLabel, String title, String territoryCode, SessionStatus status,
            LocalDateTime startsAt, int slotCount, int capacity, long registered, long waiting) {

        static Summary of(CollectiveSession s, long registered, long waiting) {
            return new Summary(s.getId(), s.getKind(), s.getKind().label(), s.getTitle(), s.getTerritoryCode(),
                    s.getStatus(), s.startsAt(), s.getSlots().size(), s.getCapacity(), registered, waiting);
        }
    }

    record Slot(Long id, LocalDateTime startsAt, int durationMinutes, String label, String status,
            boolean attendanceRecorded, long present, String signInSheet) {

        static Slot of(CollectiveSession session, SessionSlot slot, long present, String label) {
            return new Slot(slot.getId(), slot.getStartsAt(), slot.getDurationMinutes(), label, slot.getStatus().name(),
                    slot.isAttendanceRecorded(), present,
                    "/api/sessions/" + session.getId() + "/slots/" + slot.getId() + "/sign-in-sheet.pdf");
        }
    }

    /**
     * @param attendance slot id → status, for the slots recorded
     */
    record Registration(Long id, String type, String journeyReference, String name, String commune, String email,
            String phone, RegistrationStatus status, Boolean wantsToContinue, String openedJourneyReference,
            Map<Long, AttendanceStatus> attendance) {
    }

    record Detail(Long id, SessionKind kind, String kindLabel, String title, String theme, String territoryCode,
            PlaceKind placeKind, Long outreachDeskId, String placeDetail, String place, Set<String> facilitatorAdvisors,
            String partnerFacilitators, int capacity, SessionStatus status, String cancellationReason,
            List<Slot> slots, List<Registration> registrations) {
    }

    /** Answer to a cancelled registration: who moved up from the waiting list, if anyone. */
    record Cancelled(Long cancelledRegistrationId, Registration movedUp) {
    }
}
