package fr.poleess.support.reporting.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One aggregate SQL query per indicator of docs/reporting.md, portable between H2 (default run) and
 * PostgreSQL. Each answers counts keyed by territory code and, where the indicator has categories,
 * by category; {@link #TOTAL} holds the figure over all the territories asked for when it is not
 * a plain sum (people are counted once).
 */
@Component
class ActivityReportQueries {

    static final String TOTAL = "TOTAL";

    /** Counts by territory, then by category. */
    record Counts(Map<String, Map<String, Long>> byTerritory) {

        long get(String territory, String category) {
            return byTerritory.getOrDefault(territory, Map.of()).getOrDefault(category, 0L);
        }

        long get(String territory) {
            return get(territory, "");
        }
    }

    // Same person: same first name, last name and year of birth (docs/reporting.md, « Who is a person »).
    private static final String PERSON = "lower(trim(p.first_name)) as first_key, lower(trim(p.last_name)) as last_key,"
            + " p.birth_year as birth_key";

    private static final String IN_FORCE = """
            from support_agreement a
            join journey j on j.id = a.journey_id
            join participant p on p.id = j.participant_id
            where a.signed_on is not null
              and (case when a.signed_on > a.start_date then a.signed_on else a.start_date end) <= :to
              and a.planned_end_date >= :from
              and (j.closed_on is null or j.closed_on >= :from)
              and j.territory_code in (:territories)""";

    private final NamedParameterJdbcTemplate jdbc;
    private final DataSource dataSource;
    private volatile String daysBetween;

    ActivityReportQueries(NamedParameterJdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Journeys whose reception task was completed in the period. */
    Counts receptions(ReportPeriod period) {
        return byTerritory(period, """
                select j.territory_code as t, '' as c, count(*) as n
                from reception r join journey j on j.id = r.journey_id
                where r.recorded_at >= :start and r.recorded_at < :end and j.territory_code in (:territories)
                group by j.territory_code""");
    }

    /** People with a signed agreement in force at least one day of the period: per territory, and once in all. */
    Counts peopleSupported(ReportPeriod period) {
        Counts perTerritory = byTerritory(period, "select t, '' as c, count(*) as n from (select distinct"
                + " j.territory_code as t, " + PERSON + " " + IN_FORCE + ") s group by t");
        Long total = jdbc.queryForObject("select count(*) from (select distinct " + PERSON + " " + IN_FORCE + ") s",
                period.parameters(), Long.class);
        Map<String, Map<String, Long>> counts = new HashMap<>(perTerritory.byTerritory());
        counts.put(TOTAL, Map.of("", total == null ? 0L : total));
        return new Counts(counts);
    }

    /** Individual appointments held in the period, by mode. */
    Counts appointmentsByMode(ReportPeriod period) {
        return byTerritory(period, """
                select j.territory_code as t, a.mode as c, count(*) as n
                from appointment a join journey j on j.id = a.journey_id
                where a.held_at >= :start and a.held_at < :end and j.territory_code in (:territories)
                group by j.territory_code, a.mode""");
    }

    /** Journeys whose outcome date is in the period, by outcome. */
    Counts outcomes(ReportPeriod period) {
        return byTerritory(period, """
                select j.territory_code as t, o.kind as c, count(*) as n
                from journey_outcome o join journey j on j.id = o.journey_id
                where o.outcome_date >= :from and o.outcome_date <= :to and j.territory_code in (:territories)
                group by j.territory_code, o.kind""");
    }

    /** Jobs declared with the activities created whose outcome date is in the period. */
    Counts jobsCreated(ReportPeriod period) {
        return byTerritory(period, """
                select j.territory_code as t, '' as c, coalesce(sum(o.jobs_created), 0) as n
                from journey_outcome o join journey j on j.id = o.journey_id
                where o.kind = 'ACTIVITY_CREATED' and o.outcome_date >= :from and o.outcome_date <= :to
                  and j.territory_code in (:territories)
                group by j.territory_code""");
    }

    /**
     * The people received in the period, by one column of their participant record (at entry).
     *
     * @param column a column of {@code participant}, never user input
     */
    Counts profile(ReportPeriod period, String column) {
        return byTerritory(period, """
                select j.territory_code as t, p.%s as c, count(*) as n
                from reception r join journey j on j.id = r.journey_id join participant p on p.id = j.participant_id
                where r.recorded_at >= :start and r.recorded_at < :end and j.territory_code in (:territories)
                  and p.%s is not null
                group by j.territory_code, p.%s""".formatted(column, column, column));
    }

    /** The people received in the period by age band: age = year of the reception − year of birth. */
    Counts ageBands(ReportPeriod period) {
        return byTerritory(period, """
                select t, c, count(*) as n from (
                  select j.territory_code as t,
                         case when extract(year from r.recorded_at) - p.birth_year < 26 then 'UNDER_26'
                              when extract(year from r.recorded_at) - p.birth_year <= 35 then 'FROM_26_TO_35'
                              when extract(year from r.recorded_at) - p.birth_year <= 45 then 'FROM_36_TO_45'
                              when extract(year from r.recorded_at) - p.birth_year <= 55 then 'FROM_46_TO_55'
                              else 'FROM_56' end as c
                  from reception r join journey j on j.id = r.journey_id join participant p on p.id = j.participant_id
                  where r.recorded_at >= :start and r.recorded_at < :end and j.territory_code in (:territories)
                ) bands
                group by t, c""");
    }

    /** Follow-ups recorded in the period, by milestone: {@code RECORDED_<m>} and {@code RUNNING_<m>}. */
    Counts followUps(ReportPeriod period) {
        return byTerritory(period, """
                select j.territory_code as t, 'RECORDED_' || f.milestone_months as c, count(*) as n
                from post_creation_follow_up f join journey j on j.id = f.journey_id
                where f.recorded_on >= :from and f.recorded_on <= :to and j.territory_code in (:territories)
                group by j.territory_code, f.milestone_months
                union all
                select j.territory_code as t, 'RUNNING_' || f.milestone_months as c, count(*) as n
                from post_creation_follow_up f join journey j on j.id = f.journey_id
                where f.recorded_on >= :from and f.recorded_on <= :to and j.territory_code in (:territories)
                  and f.activity_running = true
                group by j.territory_code, f.milestone_months""");
    }

    /** Journeys closed in the period after a signed agreement: {@code JOURNEYS} and {@code DAYS} (their total length). */
    Counts journeyLengths(ReportPeriod period) {
        return byTerritory(period, """
                select j.territory_code as t, 'JOURNEYS' as c, count(*) as n
                from journey j
                where j.closed_on >= :from and j.closed_on <= :to and j.agreement_signed_on is not null
                  and j.received_on is not null and j.territory_code in (:territories)
                group by j.territory_code
                union all
                select j.territory_code as t, 'DAYS' as c, coalesce(sum(%s), 0) as n
                from journey j
                where j.closed_on >= :from and j.closed_on <= :to and j.agreement_signed_on is not null
                  and j.received_on is not null and j.territory_code in (:territories)
                group by j.territory_code""".formatted(daysBetween("j.received_on", "j.closed_on")));
    }

    private Counts byTerritory(ReportPeriod period, String sql) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        jdbc.query(sql, period.parameters(), row -> {
            counts.computeIfAbsent(row.getString("t"), t -> new HashMap<>())
                    .merge(row.getString("c") == null ? "" : row.getString("c"), row.getLong("n"), Long::sum);
        });
        return new Counts(counts);
    }

    /**
     * Days between two dates: the one expression the two databases do not share. PostgreSQL subtracts
     * dates into an integer; H2 has DATEDIFF.
     */
    private String daysBetween(String fromColumn, String toColumn) {
        if (daysBetween == null) {
            try (Connection connection = dataSource.getConnection()) {
                String product = connection.getMetaData().getDatabaseProductName();
                daysBetween = product.toLowerCase().contains("h2") ? "datediff(day, %s, %s)" : "(%2$s - %1$s)";
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot tell which database this is", e);
            }
        }
        return daysBetween.formatted(fromColumn, toColumn);
    }
}
