package fr.poleess.support.workshop;

import java.util.Date;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.reminder.ReminderSettings;

/**
 * Timer dates of a slot, for {@code processes/collective-session.bpmn}
 * ({@code ${collectiveSessionSchedule.…(slotId)}}). The reminder follows the appointment reminder's rules
 * ({@code support.reminders.*}): two days before at 09:00 Paris time, the day before when booked later,
 * none when that too has passed.
 */
@Component(CollectiveSessionProcess.Beans.SCHEDULE)
public class SessionSchedule {

    private final SlotTimes slots;
    private final ReminderSettings reminderSettings;
    private final java.time.Clock clock;

    SessionSchedule(SlotTimes slots, ReminderSettings reminderSettings, java.time.Clock clock) {
        this.slots = slots;
        this.reminderSettings = reminderSettings;
        this.clock = clock;
    }

    /** When to remind the registered people of the slot, or {@literal null} for no reminder. */
    @Transactional(readOnly = true)
    public Date reminderAt(Object slotId) {
        return reminderSettings.appointmentReminderAt(ReminderSettings.toDate(slots.startsAt(id(slotId))));
    }

    /** When the slot ends: « Saisir l'émargement » opens then. */
    @Transactional(readOnly = true)
    public Date endsAt(Object slotId) {
        return ReminderSettings.toDate(slots.endsAt(id(slotId)));
    }

    /** When the slot starts: the due date of « Déplacer ou annuler le créneau ». */
    @Transactional(readOnly = true)
    public Date startsAt(Object slotId) {
        return ReminderSettings.toDate(slots.startsAt(id(slotId)));
    }

    /** Whether the slot was cancelled: it ends without attendance. */
    @Transactional(readOnly = true)
    public boolean isCancelled(Object slotId) {
        return slots.isCancelled(id(slotId));
    }

    /**
     * Whether the slot's end has come by the clock (the engine's, the one its timers run on): attendance is
     * taken. Otherwise the slot was moved and is planned again at its new time.
     */
    @Transactional(readOnly = true)
    public boolean hasEnded(Object slotId) {
        return !endsAt(slotId).toInstant().isAfter(clock.instant());
    }

    private static Long id(Object slotId) {
        return ((Number) slotId).longValue();
    }
}
