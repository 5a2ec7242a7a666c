package fr.poleess.support.reminder;

import java.time.LocalTime;
import java.time.Period;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Reminder delays, as ISO 8601 periods ({@code support.reminders.*} in {@code application.yaml}, which
 * holds the defaults given in brackets below); the BPMN reads them, and the dates computed from them,
 * through {@link ReminderSettings}. Times are Paris local times.
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
@Validated
public record ReminderDelays(
        @NotNull Period appointmentReminderLead,
        @NotNull LocalTime reminderTime,
        @NotNull Period notRecordedAfter,
        @NotNull Period agreementEndingNotice,
        @NotNull Period agreementUnsignedReminder,
        @NotNull Period agreementUnsignedDecision,
        @NotNull Period inactivityChase,
        @NotNull Period inactivityDecision,
        @NotNull List<Period> postCreationFollowUps) {

    public ReminderDelays {
        postCreationFollowUps = postCreationFollowUps == null ? null : List.copyOf(postCreationFollowUps);
        for (Period period : postCreationFollowUps == null ? List.<Period>of() : postCreationFollowUps) {
            if (period.getDays() != 0 || period.toTotalMonths() <= 0) {
                throw new IllegalArgumentException(
                        "support.reminders.post-creation-follow-ups takes whole months or years, not " + period);
            }
        }
    }
}
