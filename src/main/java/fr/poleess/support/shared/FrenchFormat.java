package fr.poleess.support.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The one way we write dates, times and numbers in French, in every text people read: e-mails,
 * Tasklist task texts, PDFs, the activity report, problem messages. « 1er décembre 2026 »,
 * « mardi 1er décembre 2026 », « 14 h 30 », « 1 234 », « 1 234,5 ».
 * <p>
 * Thousands are grouped with a no-break space (U+00A0), so that a number never breaks across lines;
 * files meant for spreadsheets (the report's CSV) keep plain digits instead.
 */
public final class FrenchFormat {

    /** Written where a date is unknown, in documents that list dates. */
    public static final String NO_DATE = "—";

    private static final Locale FRENCH = Locale.FRANCE;
    private static final char NO_BREAK_SPACE = '\u00a0';
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", FRENCH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", FRENCH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", FRENCH);
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("H' h 'mm", FRENCH);

    private FrenchFormat() {
    }

    /** « 1er décembre 2026 », « 3 décembre 2026 »; {@value #NO_DATE} when there is no date. */
    public static String date(LocalDate date) {
        if (date == null) {
            return NO_DATE;
        }
        String text = DAY_MONTH_YEAR.format(date);
        return date.getDayOfMonth() == 1 ? "1er" + text.substring(1) : text;
    }

    /** « mardi 1er décembre 2026 ». */
    public static String dayAndDate(TemporalAccessor day) {
        LocalDate date = LocalDate.from(day);
        return WEEKDAY.format(date) + " " + date(date);
    }

    /** « 14 h 30 », « 9 h 00 ». */
    public static String time(TemporalAccessor time) {
        return HOURS_MINUTES.format(LocalTime.from(time));
    }

    /** « mardi 1er décembre 2026 à 14 h 30 ». */
    public static String dayDateAndTime(LocalDateTime at) {
        return dayAndDate(at) + " à " + time(at);
    }

    /** « décembre 2026 ». */
    public static String monthAndYear(YearMonth month) {
        return MONTH_YEAR.format(month);
    }

    /** « du 1er janvier 2026 au 31 décembre 2026 ». */
    public static String period(LocalDate from, LocalDate to) {
        return "du " + date(from) + " au " + date(to);
    }

    /** A length of time in hours: « 3 h », « 4 h 30 ». */
    public static String hours(int minutes) {
        return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + String.format(Locale.ROOT, "%02d", minutes % 60));
    }

    /** « 1 mois », « 18 mois ». */
    public static String months(int months) {
        return months + " mois";
    }

    /** « 7 », « 1 234 », « 12 345 678 ». */
    public static String number(long value) {
        return decimalFormat(0).format(value);
    }

    /** With at most {@code fractionDigits} decimals, rounded half up: « 1 234,5 », « 12 » (no trailing zeros). */
    public static String number(BigDecimal value, int fractionDigits) {
        return decimalFormat(fractionDigits).format(value.setScale(fractionDigits, RoundingMode.HALF_UP));
    }

    /** With exactly one decimal, as rates and averages are given: « 12,0 », « 1 234,5 ». */
    public static String oneDecimal(BigDecimal value) {
        DecimalFormat format = decimalFormat(1);
        format.setMinimumFractionDigits(1);
        return format.format(value.setScale(1, RoundingMode.HALF_UP));
    }

    /** A new one each time: DecimalFormat is not thread-safe. */
    private static DecimalFormat decimalFormat(int fractionDigits) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(FRENCH);
        symbols.setGroupingSeparator(NO_BREAK_SPACE);
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMaximumFractionDigits(fractionDigits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
