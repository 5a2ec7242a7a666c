package fr.poleess.support.reporting.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import fr.poleess.support.shared.FrenchFormat;

/** How the report's numbers and period read: French text for people, plain digits for spreadsheets. */
final class ReportFormat {

    private ReportFormat() {
    }

    /** For the page and the PDF: « 1 234 », « 12,5 ». */
    static String text(Number value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return FrenchFormat.oneDecimal(decimal);
        }
        return FrenchFormat.number(value.longValue());
    }

    /** For the CSV: {@code 1234}, {@code 12,5}, no thousands separator, so that spreadsheets read them as numbers. */
    static String csv(Number value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.FRANCE)).format(decimal);
        }
        return Long.toString(value.longValue());
    }

    /** « Activité créée » from « activité créée »: a label at the head of a line or a cell. */
    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** « du 1er janvier 2026 au 31 décembre 2026 ». */
    static String period(ActivityReport report) {
        return FrenchFormat.period(report.from(), report.to());
    }
}
