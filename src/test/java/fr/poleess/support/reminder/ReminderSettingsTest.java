package fr.poleess.support.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When appointment reminders go out, in Paris time, whatever daylight saving does. */
class ReminderSettingsTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    final ReminderSettings settings = ReminderSettings.defaults();

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void twoDaysBeforeAtNine() {
        now(2026, 11, 27, 15, 0);
        assertThat(reminderFor(2026, 12, 3, 14, 30)).isEqualTo(LocalDateTime.of(2026, 12, 1, 9, 0));
    }

    @Test
    void theDayBeforeWhenBookedAtShortNotice() {
        now(2026, 12, 1, 18, 0);
        assertThat(reminderFor(2026, 12, 3, 14, 30)).isEqualTo(LocalDateTime.of(2026, 12, 2, 9, 0));
    }

    @Test
    void noReminderWhenEvenTheDayBeforeHasPassed() {
        now(2026, 12, 2, 11, 0);
        assertThat(reminderFor(2026, 12, 3, 14, 30)).isNull();
    }

    @Test
    void noReminderForAnAppointmentTodayOrInThePast() {
        now(2026, 12, 3, 8, 0);
        assertThat(reminderFor(2026, 12, 3, 14, 30)).isNull();
        assertThat(reminderFor(2026, 11, 30, 10, 0)).isNull();
        assertThat(settings.appointmentReminderAt(null)).isNull();
    }

    @Test
    void nineOClockAcrossTheSpringDaylightSavingChange() {
        // Clocks go forward on Sunday 29 March 2026: the reminder is at 09:00 CEST, 07:00 UTC.
        now(2026, 3, 20, 10, 0);
        Date reminder = settings.appointmentReminderAt(paris(2026, 3, 31, 10, 0));
        assertThat(reminder.toInstant()).hasToString("2026-03-29T07:00:00Z");
    }

    @Test
    void nineOClockAcrossTheAutumnDaylightSavingChange() {
        // Clocks go back on Sunday 25 October 2026: the reminder is at 09:00 CET, 08:00 UTC.
        now(2026, 10, 20, 10, 0);
        Date reminder = settings.appointmentReminderAt(paris(2026, 10, 27, 10, 0));
        assertThat(reminder.toInstant()).hasToString("2026-10-25T08:00:00Z");
    }

    @Test
    void agreementEndingNoticeThirtyDaysBeforeTheEndAtNine() {
        now(2026, 1, 5, 9, 0);
        Date notice = settings.agreementEndingNoticeAt(paris(2026, 7, 12, 0, 0));
        assertThat(LocalDateTime.ofInstant(notice.toInstant(), PARIS)).isEqualTo(LocalDateTime.of(2026, 6, 12, 9, 0));
    }

    @Test
    void agreementEndingNoticeAtOnceWhenThatHasPassed() {
        now(2026, 6, 20, 14, 0);
        assertThat(settings.agreementEndingNoticeAt(paris(2026, 7, 12, 0, 0))).isEqualTo(paris(2026, 6, 20, 14, 0));
        assertThat(settings.agreementEndingNoticeAt(null)).as("never null: a timer needs a date").isNotNull();
    }

    private LocalDateTime reminderFor(int year, int month, int day, int hour, int minute) {
        Date reminder = settings.appointmentReminderAt(paris(year, month, day, hour, minute));
        return reminder == null ? null : LocalDateTime.ofInstant(reminder.toInstant(), PARIS);
    }

    private static void now(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(paris(year, month, day, hour, minute));
    }

    private static Date paris(int year, int month, int day, int hour, int minute) {
        return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(PARIS).toInstant());
    }
}
