package fr.poleess.support.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class FrenchFormatTest {

    private static final String NBSP = "\u00a0";

    @Test
    void theFirstOfTheMonthIsWrittenPremier() {
        assertThat(FrenchFormat.date(LocalDate.of(2026, 12, 1))).isEqualTo("1er décembre 2026");
        assertThat(FrenchFormat.date(LocalDate.of(2026, 12, 3))).isEqualTo("3 décembre 2026");
        assertThat(FrenchFormat.date(LocalDate.of(2027, 8, 11))).isEqualTo("11 août 2027");
        assertThat(FrenchFormat.date(null)).isEqualTo("—");
    }

    @Test
    void daysAndTimesReadAsInALetter() {
        LocalDateTime at = LocalDateTime.of(2026, 12, 1, 14, 30);
        assertThat(FrenchFormat.dayAndDate(at)).isEqualTo("mardi 1er décembre 2026");
        assertThat(FrenchFormat.dayAndDate(LocalDate.of(2026, 12, 3))).isEqualTo("jeudi 3 décembre 2026");
        assertThat(FrenchFormat.time(at)).isEqualTo("14 h 30");
        assertThat(FrenchFormat.time(LocalTime.of(9, 0))).isEqualTo("9 h 00");
        assertThat(FrenchFormat.dayDateAndTime(at)).isEqualTo("mardi 1er décembre 2026 à 14 h 30");
        assertThat(FrenchFormat.monthAndYear(YearMonth.of(2027, 1))).isEqualTo("janvier 2027");
        assertThat(FrenchFormat.period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .isEqualTo("du 1er janvier 2026 au 31 décembre 2026");
    }

    @Test
    void lengthsOfTime() {
        assertThat(FrenchFormat.hours(180)).isEqualTo("3 h");
        assertThat(FrenchFormat.hours(270)).isEqualTo("4 h 30");
        assertThat(FrenchFormat.hours(65)).isEqualTo("1 h 05");
        assertThat(FrenchFormat.months(1)).isEqualTo("1 mois");
        assertThat(FrenchFormat.months(18)).isEqualTo("18 mois");
    }

    @Test
    void thousandsAreGroupedWithANoBreakSpaceAndDecimalsFollowAComma() {
        assertThat(FrenchFormat.number(7)).isEqualTo("7");
        assertThat(FrenchFormat.number(1234)).isEqualTo("1" + NBSP + "234");
        assertThat(FrenchFormat.number(-12_345_678)).isEqualTo("-12" + NBSP + "345" + NBSP + "678");
        assertThat(FrenchFormat.number(new BigDecimal("1234.5"), 1)).isEqualTo("1" + NBSP + "234,5");
        assertThat(FrenchFormat.number(new BigDecimal("12.00"), 2)).isEqualTo("12");
        assertThat(FrenchFormat.number(new BigDecimal("2.345"), 2)).isEqualTo("2,35");
        assertThat(FrenchFormat.oneDecimal(new BigDecimal("12"))).isEqualTo("12,0");
        assertThat(FrenchFormat.oneDecimal(new BigDecimal("1234.46"))).isEqualTo("1" + NBSP + "234,5");
    }
}
