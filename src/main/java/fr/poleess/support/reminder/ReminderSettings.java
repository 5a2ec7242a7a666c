package fr.poleess.support.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reminder delays, as ISO 8601 durations in {@code application.yaml} ({@code support.reminders.*}),
 * and the dates the BPMN timers compute from them ({@code ${reminderSettings.…}}). Times are Paris
 * local times, so a reminder at 09:00 stays at 09:00 across daylight-saving changes. "Now" is the
 * engine's clock, so process tests can move it.
 *
 * Bound by {@link ReminderConfiguration} under the bean name the BPMN uses.
 *
 * @param appointmentReminderLead how long before an appointment the participant is reminded (P2D)
 * @param reminderTime time of day reminders go out (09:00)
 * @param notRecordedAfter how long after an appointment's time it is flagged when still not recorded (P2D)
 * @param agreementEndingNotice how long before the agreement's planned end the referent is asked to prepare
 *        the final review (P30D)
 * @param agreementUnsignedReminder how long after « Signature du contrat » was offered the participant is
 *        reminded to sign (P14D)
 * @param agreementUnsignedDecision how long after « Signature du contrat » was offered the referent decides
 *        what to do with an agreement still not signed (P30D)
 * @param inactivityChase how long an active journey may go without an appointment recorded before the
 *        participant is invited to get in touch and the referent asked to chase them (P6W)
 * @param inactivityDecision how long after that chase, without contact, the referent decides what follows (P3W)
 */
public record ReminderSettings(
        @DefaultValue("P2D") Period appointmentReminderLead,
        @DefaultValue("09:00") LocalTime reminderTime,
        @DefaultValue("P2D") Period notRecordedAfter,
        @DefaultValue("P30D") Period agreementEndingNotice,
        @DefaultValue("P14D") Period agreementUnsignedReminder,
        @DefaultValue("P30D") Period agreementUnsignedDecision,
        @DefaultValue("P6W") Period inactivityChase,
        @DefaultValue("P3W") Period inactivityDecision,
        @DefaultValue({ "P6M", "P12M", "P36M" }) List<Period> postCreationFollowUps) {

    public static final String BEAN = "reminderSettings";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public ReminderSettings {
        postCreationFollowUps = List.copyOf(postCreationFollowUps);
        for (Period period : postCreationFollowUps) {
            if (period.getDays() != 0 || period.toTotalMonths() <= 0) {
                throw new IllegalArgumentException(
                        "support.reminders.post-creation-follow-ups takes whole months or years, not " + period);
            }
        }
    }

    /** The defaults, as {@code application.yaml} states them: what process tests run with. */
    public static ReminderSettings defaults() {
        return new Binder().bindOrCreate("support.reminders", ReminderSettings.class);
    }

    /** Months after creation of each post-creation follow-up ({@code [6, 12, 36]}): what that process loops over. */
    public List<Integer> postCreationMilestones() {
        return postCreationFollowUps.stream().map(p -> (int) p.toTotalMonths()).toList();
    }

    /** When the follow-up {@code months} after {@code activityCreatedOn} (ISO date) falls due: that day at {@code reminderTime}. */
    public Date postCreationFollowUpAt(String activityCreatedOn, Integer months) {
        return Date.from(postCreationFollowUpOn(LocalDate.parse(activityCreatedOn), months).atTime(reminderTime)
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
        Instant now = ClockUtil.getCurrentTime().toInstant();
        for (Period lead : new Period[] { appointmentReminderLead, Period.ofDays(1) }) {
            ZonedDateTime at = appointment.toLocalDate().minus(lead).atTime(reminderTime).atZone(PARIS);
            if (at.toInstant().isAfter(now) && at.isBefore(appointment)) {
                return Date.from(at.toInstant());
            }
        }
        return null;
    }

    /** When a booked appointment still not recorded is flagged: {@code notRecordedAfter} after its time. */
    public Date notRecordedAt(Date appointmentAt) {
        return Date.from(appointmentAt.toInstant().atZone(PARIS).plus(notRecordedAfter).toInstant());
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
        return Date.from(appointment.toLocalDate().minusDays(1).atTime(reminderTime).atZone(PARIS).toInstant());
    }

    /**
     * When the referent is asked to prepare the final review: {@code agreementEndingNotice} before the
     * agreement's planned end, at {@code reminderTime}. Never {@literal null} (a timer needs a date): when
     * that moment has passed already, now, so the timer fires at once.
     */
    public Date agreementEndingNoticeAt(Date agreementEnd) {
        Date now = ClockUtil.getCurrentTime();
        if (agreementEnd == null) {
            return now;
        }
        ZonedDateTime at = agreementEnd.toInstant().atZone(PARIS).toLocalDate().minus(agreementEndingNotice)
                .atTime(reminderTime).atZone(PARIS);
        return at.toInstant().isAfter(now.toInstant()) ? Date.from(at.toInstant()) : now;
    }

    /** {@code agreementUnsignedReminder} as the ISO 8601 string a BPMN {@code timeDuration} needs. */
    public String agreementUnsignedReminderDuration() {
        return agreementUnsignedReminder.toString();
    }

    /** {@code agreementUnsignedDecision} as the ISO 8601 string a BPMN {@code timeDuration} needs. */
    public String agreementUnsignedDecisionDuration() {
        return agreementUnsignedDecision.toString();
    }

    /** {@code inactivityChase} as the ISO 8601 string a BPMN {@code timeDuration} needs. */
    public String inactivityChaseDuration() {
        return inactivityChase.toString();
    }

    /** {@code inactivityDecision} as the ISO 8601 string a BPMN {@code timeDuration} needs. */
    public String inactivityDecisionDuration() {
        return inactivityDecision.toString();
    }

    /** A Paris local date-time as the {@link Date} the engine's variables and timers use. */
    public static Date toDate(LocalDateTime parisTime) {
        return parisTime == null ? null : Date.from(parisTime.atZone(PARIS).toInstant());
    }

}
