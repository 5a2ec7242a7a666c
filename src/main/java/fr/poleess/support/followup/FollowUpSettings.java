package fr.poleess.support.followup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the post-creation follow-ups fall due: ISO periods after the activity's creation date in
 * {@code application.yaml} ({@code support.reminders.post-creation-follow-ups}), at
 * {@code support.reminders.reminder-time} Paris time. The BPMN reads them as
 * {@code ${followUpSettings.…}}; bound by {@link FollowUpConfiguration}.
 *
 * @param postCreationFollowUps whole months or years after creation ({@code [P6M, P12M, P36M]})
 * @param reminderTime time of day the follow-ups fall due (09:00)
 */
public record FollowUpSettings(
        @DefaultValue({ "P6M", "P12M", "P36M" }) List<Period> postCreationFollowUps,
        @DefaultValue("09:00") LocalTime reminderTime) {

    public static final String BEAN = "followUpSettings";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public FollowUpSettings {
        postCreationFollowUps = List.copyOf(postCreationFollowUps);
        for (Period period : postCreationFollowUps) {
            if (period.getDays() != 0 || period.toTotalMonths() <= 0) {
                throw new IllegalArgumentException(
                        "support.reminders.post-creation-follow-ups takes whole months or years, not " + period);
            }
        }
    }

    /** Months after creation of each follow-up ({@code [6, 12, 36]}): the collection the process loops over. */
    public List<Integer> milestones() {
        return postCreationFollowUps.stream().map(p -> (int) p.toTotalMonths()).toList();
    }

    /** The due date of the follow-up {@code months} after {@code activityCreatedOn} (ISO date), at 09:00 Paris. */
    public Date dueAt(String activityCreatedOn, Integer months) {
        return Date.from(dueOn(LocalDate.parse(activityCreatedOn), months).atTime(reminderTime).atZone(PARIS).toInstant());
    }

    /** The day that follow-up falls due. */
    public static LocalDate dueOn(LocalDate activityCreatedOn, int months) {
        return activityCreatedOn.plusMonths(months);
    }
}
