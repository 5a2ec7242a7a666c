package fr.poleess.support.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.poleess.support.shared.EngineClock;
import fr.poleess.support.shared.Settings;

/**
 * What the BPMN timers read ({@code ${reminderSettings.…}}): the reminder delays ({@link ReminderDelays},
 * {@code support.reminders.*}) and the dates computed from them. Times are Paris local times, so a reminder
 * at 09:00 stays at 09:00 across daylight-saving changes. "Now" is the application's {@link Clock}, the
 * engine's clock, so process tests can move it.
 */
@Component(ReminderSettings.BEAN)
public class ReminderSettings {

    public static final String BEAN = "reminderSettings";
    static final ZoneId PARIS = EngineClock.PARIS;

    private final ReminderDelays delays;
    private final Clock clock;

    public ReminderSettings(ReminderDelays delays, Clock clock) {
        this.delays = delays;
        this.clock = clock;
    }

    /** The delays as {@code application.yaml} states them, on the engine's clock: what process tests run with. */
    public static ReminderSettings defaults() {
        return new ReminderSettings(Settings.defaults("support.reminders", ReminderDelays.class), new EngineClock());
    }

    public ReminderDelays delays() {
        return delays;
    }

    /** Months after creation of each post-creation follow-up ({@code [6, 12, 36]}): what that process loops over. */
    public List<Integer> postCreationMilestones() {
        return delays.postCreationFollowUps().stream().map(p -> (int) p.toTotalMonths()).toList();
    }

    /** When the follow-up {@code months} after {@code activityCreatedOn} (ISO date) falls due: that day at {@code reminderTime}. */
    public Date postCreationFollowUpAt(String activityCreatedOn, Integer months) {
        return Date.from(postCreationFollowUpOn(LocalDate.parse(activityCreatedOn), months).atTime(delays.reminderTime())
                .atZone(PARIS).toInstant());
    }

    /** The day the follow-up {@code months} after creation falls due. */
    public static LocalDate postCreationFollowUpOn(LocalDate activityCreatedOn, int months) {
        return activityCreatedOn.plusMonths(months);
    }

    /**
     * When to remind the participant of an appointment: {@code appointmentReminderLead} before, at
     * {@code reminderTime}; the day before when that moment has passed already (booked at short
     * notice); {@literal null} when that too has passed, or comes after the appointment itself.
     */
    public Date appointmentReminderAt(Date appointmentAt) {
        if (appointmentAt == null) {
            return null;
        }
        ZonedDateTime appointment = appointmentAt.toInstant().atZone(PARIS);
        Instant now = clock.instant();
        for (Period lead : new Period[] { delays.appointmentReminderLead(), Period.ofDays(1) }) {
            ZonedDateTime at = appointment.toLocalDate().minus(lead).atTime(delays.reminderTime()).atZone(PARIS);
            if (at.toInstant().isAfter(now) && at.isBefore(appointment)) {
                return Date.from(at.toInstant());
            }
        }
        return null;
    }

    /** When a booked appointment still not recorded is flagged: {@code notRecordedAfter} after its time. */
    public Date notRecordedAt(Date appointmentAt) {
        return Date.from(appointmentAt.toInstant().atZone(PARIS).plus(delays.notRecordedAfter()).toInstant());
    }

    /**
     * The follow-up date of the task that will record an appointment: the day before, at
     * {@code reminderTime}, so that it shows in Tasklist's follow-up view; {@literal null} when none is booked.
     */
    public Date dayBefore(Date appointmentAt) {
        if (appointmentAt == null) {
            return null;
        }
        ZonedDateTime appointment = appointmentAt.toInstant().atZone(PARIS);
        return Date.from(appointment.toLocalDate().minusDays(1).atTime(delays.reminderTime()).atZone(PARIS).toInstant());
    }

    /**
     * When the referent is asked to prepare the final review: {@code agreementEndingNotice} before the
     * agreement's planned end, at {@code reminderTime}. Never {@literal null} (a timer needs a date): when
     * that moment has passed already, now, so the timer fires at once.
     */
    public Date agreementEndingNoticeAt(Date agreementEnd) {
        Date now = Date.from(clock.instant());
        if (agreementEnd == null) {
            return now;
        }
        ZonedDateTime at = agreementEnd.toInstant().atZone(PARIS).toLocalDate().minus(delays.agreementEndingNotice())
                .atTime(delays.reminderTime()).atZone(PARIS);
        return at.toInstant().isAfter(now.toInstant()) ? Date.from(at.toInstant()) : now;
    }

    /** {@code agreementUnsignedReminder} as the ISO 8601 string a BPMN {@code timeDuration} needs. */
    public String agreementUnsignedReminderDuration() {
        return delays.agreementUnsignedReminder().toString();
    }

    /** {@code agreementUnsignedDecision} as the ISO 8601 string a BPMN {@code timeDuration} needs. */
    public String agreementUnsignedDecisionDuration() {
        return delays.agreementUnsignedDecision().toString();
    }

    /** {@code inactivityChase} as the ISO 8601 string a BPMN {@code timeDuration} needs. */
    public String inactivityChaseDuration() {
        return delays.inactivityChase().toString();
    }

    /** {@code inactivityDecision} as the ISO 8601 string a BPMN {@code timeDuration} needs. */
    public String inactivityDecisionDuration() {
        return delays.inactivityDecision().toString();
    }

    /** A Paris local date-time as the {@link Date} the engine's variables and timers use. */
    public static Date toDate(LocalDateTime parisTime) {
        return parisTime == null ? null : Date.from(parisTime.atZone(PARIS).toInstant());
    }

}
