package fr.poleess.support.reminder;

import java.time.LocalTime;
import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reminder delays, as ISO 8601 periods ({@code support.reminders.*}); the BPMN reads them, and the dates
 * computed from them, through {@link ReminderSettings}. Times are Paris local times.
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
 * @param postCreationFollowUps after an activity is created, when each follow-up falls due (P6M, P12M, P36M)
 */
@ConfigurationProperties("support.reminders")
public record ReminderDelays(
        @DefaultValue("P2D") Period appointmentReminderLead,
        @DefaultValue("09:00") LocalTime reminderTime,
        @DefaultValue("P2D") Period notRecordedAfter,
        @DefaultValue("P30D") Period agreementEndingNotice,
        @DefaultValue("P14D") Period agreementUnsignedReminder,
        @DefaultValue("P30D") Period agreementUnsignedDecision,
        @DefaultValue("P6W") Period inactivityChase,
        @DefaultValue("P3W") Period inactivityDecision,
        @DefaultValue({ "P6M", "P12M", "P36M" }) List<Period> postCreationFollowUps) {

    public ReminderDelays {
        postCreationFollowUps = List.copyOf(postCreationFollowUps);
        for (Period period : postCreationFollowUps) {
            if (period.getDays() != 0 || period.toTotalMonths() <= 0) {
                throw new IllegalArgumentException(
                        "support.reminders.post-creation-follow-ups takes whole months or years, not " + period);
            }
        }
    }
}
