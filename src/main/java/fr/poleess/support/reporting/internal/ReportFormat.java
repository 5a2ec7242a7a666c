package fr.poleess.support.reporting.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How numbers and dates read in French, in every output of the report. */
final class ReportFormat {

    private static final Locale FRENCH = Locale.FRANCE;
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", FRENCH);

    private ReportFormat() {
    }

    /** {@code 12}, {@code 1234}, {@code 12,5}: no thousands separator, so that spreadsheets read them as numbers. */
    static String number(Number value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            DecimalFormat format = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(FRENCH));
            return format.format(decimal);
        }
        return Long.toString(value.longValue());
    }

    /** « 1er janvier 2026 », « 31 décembre 2026 ». */
    static String date(LocalDate date) {
        String text = LONG_DATE.format(date);
        return date.getDayOfMonth() == 1 ? "1er" + text.substring(1) : text;
    }

    static String period(ActivityReport report) {
        return "du " + date(report.from()) + " au " + date(report.to());
    }
}
