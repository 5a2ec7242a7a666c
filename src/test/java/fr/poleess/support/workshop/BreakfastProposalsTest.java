package fr.poleess.support.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/** Next month's petit déj' is proposed on the same weekday of the month, at the same time. */
class BreakfastProposalsTest {

    @Test
    void theSecondFridayGivesTheSecondFriday() {
        assertThat(BreakfastProposals.sameWeekdayOfMonth(LocalDateTime.of(2026, 12, 11, 9, 30), LocalDate.of(2027, 1, 1)))
                .isEqualTo(LocalDateTime.of(2027, 1, 8, 9, 30));
    }

    @Test
    void aFifthWeekdayMissingNextMonthGivesItsLast() {
        // Thursday 29 October 2026 is the 5th Thursday; November 2026 has four: the 26th.
        assertThat(BreakfastProposals.sameWeekdayOfMonth(LocalDateTime.of(2026, 10, 29, 8, 45), LocalDate.of(2026, 11, 1)))
                .isEqualTo(LocalDateTime.of(2026, 11, 26, 8, 45));
    }

    @Test
    void workshopDurationsAreSaidInHours() {
        assertThat(SessionPlanning.hours(120)).isEqualTo("2 h");
        assertThat(SessionPlanning.hours(270)).isEqualTo("4 h 30");
    }
}
