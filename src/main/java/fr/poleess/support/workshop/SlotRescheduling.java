package fr.poleess.support.workshop;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.shared.FieldViolation;
import fr.poleess.support.shared.InputValidation;
import fr.poleess.support.shared.InvalidInputException;
import fr.poleess.support.workshop.CollectiveSessionProcess.SlotChangeForm;

/**
 * Moves or cancels a planned slot of a collective session, from « Déplacer ou annuler le créneau ». The
 * slot's process then plans it again at its new time (reminder and end timers moved) or ends it without
 * attendance; everyone registered is told, with the updated or cancelled calendar invitation (same UID,
 * higher SEQUENCE). Cancelling the last slot still planned cancels the session.
 */
@Service
public class SlotRescheduling {

    private final CollectiveSessions sessions;
    private final SlotChanges changes;
    private final SessionRegistering registering;
    private final SessionNotices notices;
    private final InputValidation validation;
    private final Clock clock;

    SlotRescheduling(CollectiveSessions sessions, SlotChanges changes, SessionRegistering registering,
            SessionNotices notices, InputValidation validation, Clock clock) {
        this.sessions = sessions;
        this.changes = changes;
        this.registering = registering;
        this.notices = notices;
        this.validation = validation;
        this.clock = clock;
    }

    /**
     * @param sessionId and {@code slotId} derived by the caller from the process instance, never from a
     *            value a client sent
     * @param readViolations values the caller could not even read
     * @return how many registered people were told
     */
    @Transactional
    public int change(Long sessionId, Long slotId, ChangeSlot input, List<FieldViolation> readViolations, String by) {
        CollectiveSession session = sessions.require(sessionId);
        SessionSlot slot = session.slot(slotId);
        if (session.getStatus() != SessionStatus.OPEN) {
            throw new InvalidInputException(SlotChangeForm.CHANGE, "Que faire du créneau ?",
                    "ce temps collectif est " + (session.getStatus() == SessionStatus.CANCELLED ? "annulé" : "terminé"));
        }
        if (slot.isCancelled() || slot.isAttendanceRecorded()) {
            throw new InvalidInputException(SlotChangeForm.CHANGE, "Que faire du créneau ?", slot.isCancelled()
                    ? "ce créneau est déjà annulé" : "l'émargement de ce créneau est saisi : il a eu lieu");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (!slot.getStartsAt().isAfter(now)) {
            throw new InvalidInputException(SlotChangeForm.CHANGE, "Que faire du créneau ?",
                    "le créneau a commencé : il ne peut plus être déplacé ni annulé");
        }
        List<FieldViolation> violations = new ArrayList<>(readViolations);
        LocalDateTime previousAt = slot.getStartsAt();
        LocalDateTime newAt = null;
        int minutes = input.newDurationMinutes() != null ? input.newDurationMinutes() : slot.getDurationMinutes();
        if (input.kind() == SlotChange.Kind.MOVED) {
            if (input.newDate() == null) {
                violations.add(new FieldViolation(SlotChangeForm.NEW_DATE, "Nouvelle date", "est obligatoire pour déplacer le créneau"));
            }
            if (input.newTime() == null) {
                violations.add(new FieldViolation(SlotChangeForm.NEW_TIME, "Nouvelle heure", "est obligatoire pour déplacer le créneau"));
            }
            if (input.newDate() != null && input.newTime() != null) {
                newAt = input.newDate().atTime(input.newTime());
                violations.addAll(movedViolations(session, slot, newAt, minutes, now));
            }
        } else if (input.kind() == SlotChange.Kind.CANCELLED && blank(input.reason())) {
            violations.add(new FieldViolation(SlotChangeForm.REASON, "Motif (lu par les inscrits)",
                    "est obligatoire pour annuler le créneau : les inscrits le liront"));
        }
        validation.check(input, violations);
        String reason = blank(input.reason()) ? null : input.reason().strip();
        boolean lastSlot = false;
        if (input.kind() == SlotChange.Kind.MOVED) {
            slot.move(newAt, minutes);
        } else {
            slot.cancel();
            lastSlot = session.plannedSlots().isEmpty();
            if (lastSlot) {
                // Nothing left to hold: the session is cancelled, its process ends once this slot has.
                session.cancel(reason);
            }
        }
        changes.save(new SlotChange(sessionId, slotId, input.kind(), previousAt, newAt, reason, by, Instant.now(clock)));
        int told = 0;
        for (SessionRegistration registration : registering.active(sessionId)) {
            if (input.kind() == SlotChange.Kind.MOVED) {
                notices.slotMoved(session, slot, previousAt, reason, registration);
            } else {
                notices.slotCancelled(session, slot, reason, lastSlot, registration);
            }
            told++;
        }
        return told;
    }

    /**
     * What « Déplacer ou annuler le créneau » shows of its slot: « Atelier thématique « … » — jeudi
     * 3 décembre 2026, de 9 h 30 à 12 h 30 — 4 inscrit·es, 1 en liste d'attente ».
     */
    @Transactional(readOnly = true)
    public String label(Long sessionId, Long slotId) {
        CollectiveSession session = sessions.require(sessionId);
        List<SessionRegistration> active = registering.active(sessionId);
        long seats = active.stream().filter(r -> r.getStatus() == RegistrationStatus.REGISTERED).count();
        long waiting = active.size() - seats;
        return session.displayName() + " — " + SessionWording.slot(session.slot(slotId)) + " — " + seats
                + (seats > 1 ? " inscrit·es" : " inscrit·e") + (waiting > 0 ? ", " + waiting + " en liste d'attente" : "");
    }

    private static List<FieldViolation> movedViolations(CollectiveSession session, SessionSlot slot,
            LocalDateTime newAt, int minutes, LocalDateTime now) {
        List<FieldViolation> violations = new ArrayList<>();
        if (!newAt.isAfter(now)) {
            violations.add(new FieldViolation(SlotChangeForm.NEW_DATE, "Nouvelle date", "doit être dans le futur"));
            return violations;
        }
        if (newAt.equals(slot.getStartsAt()) && minutes == slot.getDurationMinutes()) {
            violations.add(new FieldViolation(SlotChangeForm.NEW_DATE, "Nouvelle date",
                    "est celle du créneau déjà prévu : choisissez un autre jour ou une autre heure"));
        }
        LocalDateTime newEnd = newAt.plusMinutes(minutes);
        boolean overlaps = session.plannedSlots().stream().filter(other -> !other.getId().equals(slot.getId()))
                .anyMatch(other -> newAt.isBefore(other.endsAt()) && other.getStartsAt().isBefore(newEnd));
        if (overlaps) {
            violations.add(new FieldViolation(SlotChangeForm.NEW_DATE, "Nouvelle date",
                    "le créneau chevaucherait un autre créneau de ce temps collectif"));
        }
        int total = session.plannedSlots().stream().filter(other -> !other.getId().equals(slot.getId()))
                .mapToInt(SessionSlot::getDurationMinutes).sum() + minutes;
        if (session.getKind() == SessionKind.THEMATIC_WORKSHOP
                && (total < SessionPlanning.WORKSHOP_MIN_MINUTES || total > SessionPlanning.WORKSHOP_MAX_MINUTES)) {
            violations.add(new FieldViolation(SlotChangeForm.NEW_DURATION, "Nouvelle durée (minutes)",
                    "un atelier thématique dure de 3 à 8 heures au total (ici " + SessionPlanning.hours(total) + ")"));
        }
        return violations;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
