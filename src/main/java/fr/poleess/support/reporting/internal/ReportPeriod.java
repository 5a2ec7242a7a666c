package fr.poleess.support.reporting.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * What a report is computed over: Paris days {@code from} to {@code to}, both included, and the
 * territories asked for. Moments are stored as Paris local time, so the period's moments are
 * {@code [from 00:00, to + 1 day 00:00)} in that same local time (docs/reporting.md).
 */
record ReportPeriod(LocalDate from, LocalDate to, Collection<String> territories) {

    LocalDateTime start() {
        return from.atStartOfDay();
    }

    LocalDateTime endExclusive() {
        return to.plusDays(1).atStartOfDay();
    }

    /** {@code :from}, {@code :to} (days), {@code :start}, {@code :end} (moments) and {@code :territories}. */
    MapSqlParameterSource parameters() {
        return new MapSqlParameterSource()
                .addValue("from", from)
                .addValue("to", to)
                .addValue("start", start())
                .addValue("end", endExclusive())
                .addValue("territories", territories);
    }
}
