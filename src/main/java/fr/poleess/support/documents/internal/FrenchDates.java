package fr.poleess.support.documents.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as French documents write them: « 3 décembre 2026 », « 1er mars 2027 ». */
final class FrenchDates {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

    private FrenchDates() {
    }

    static String of(LocalDate date) {
        if (date == null) {
            return "—";
        }
        String text = LONG.format(date);
        return date.getDayOfMonth() == 1 ? "1er" + text.substring(1) : text;
    }

    static String months(int months) {
        return months + " mois";
    }
}
