package fr.poleess.support.reporting.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
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

    /**
     * People with a signed agreement in force at least one day of the period: per territory, and once
     * in all under {@link #TOTAL}. One scan: the distinct (territory, person) rows are counted twice.
     */
    Counts peopleSupported(ReportPeriod period) {
        return byTerritory(period, """
                with supported as (
                  select distinct j.territory_code as t, %s
                  %s
                )
                select t, '' as c, count(*) as n from supported group by t
                union all
                select '%s' as t, '' as c, count(*) as n
                from (select distinct first_key, last_key, birth_key from supported) people""".formatted(PERSON,
                IN_FORCE, TOTAL));
    }

    /**
     * Collective sessions held in the period, by kind: those with at least one slot starting in the
     * period at which at least one person was present. A session counts once however many slots it has.
     */
    Counts sessionsHeld(ReportPeriod period) {
        return byTerritory(period, """
                select s.territory_code as t, s.kind as c, count(*) as n
                from collective_session s
                where s.territory_code in (:territories)
                  and exists (select 1 from collective_session_slot sl
                              join collective_attendance a on a.slot_id = sl.id
                              where sl.session_id = s.id and sl.starts_at >= :start and sl.starts_at < :end
                                and a.status = 'PRESENT')
                group by s.territory_code, s.kind""");
    }

    /**
     * Referrals made in the period, by the kind of partner; under {@code MEETING_<kind>}, those that
     * led to a meeting with the partner.
     */
    Counts referrals(ReportPeriod period) {
        return byTerritory(period, """
                select j.territory_code as t, r.partner_kind as c, count(*) as n,
                       sum(case when r.status = 'MEETING_HELD' then 1 else 0 end) as meetings
                from referral r join journey j on j.id = r.journey_id
                where r.proposed_on >= :from and r.proposed_on <= :to and j.territory_code in (:territories)
                group by j.territory_code, r.partner_kind""", "meetings", "MEETING_");
    }

    /** Individual appointments held in the period, by mode. */
    Counts appointmentsByMode(ReportPeriod period) {
        return byTerritory(period, """
                select j.territory_code as t, a.mode as c, count(*) as n
                from appointment a join journey j on j.id = a.journey_id
                where a.held_at >= :start and a.held_at < :end and j.territory_code in (:territories)
                group by j.territory_code, a.mode""");
    }

    /** Booked appointments moved, cancelled (by the participant, by us) or not honoured, by the day it was noted. */
    Counts appointmentChanges(ReportPeriod period) {
        return byTerritory(period, """
                select j.territory_code as t, c.kind as c, count(*) as n
                from appointment_change c join journey j on j.id = c.journey_id
                where c.changed_at >= :start and c.changed_at < :end and j.territory_code in (:territories)
                group by j.territory_code, c.kind""");
    }

    /**
     * Receptions in the period by the participant's arrondissement, with the arrondissement's population
     * (communes of Côte-d'Or only; people from elsewhere have no commune row).
     */
    Map<String, long[]> receptionsByArrondissement(ReportPeriod period) {
        Map<String, long[]> counts = new java.util.TreeMap<>();
        jdbc.query("""
                select c.arrondissement as a, count(*) as n,
                       (select sum(c2.population) from commune c2 where c2.arrondissement = c.arrondissement) as population
                from reception r join journey j on j.id = r.journey_id
                join participant p on p.id = j.participant_id
                join commune c on c.id = p.commune_id
                where r.recorded_at >= :start and r.recorded_at < :end and j.territory_code in (:territories)
                group by c.arrondissement""", period.parameters(),
                row -> {
                    counts.put(row.getString("a"), new long[] { row.getLong("n"), row.getLong("population") });
                });
        return counts;
    }

    /**
     * Journeys whose outcome date is in the period, by outcome; under {@code JOBS_<kind>}, the jobs
     * declared with them (only activities created declare any).
     */
    Counts outcomes(ReportPeriod period) {
        return byTerritory(period, """
                select j.territory_code as t, o.kind as c, count(*) as n, coalesce(sum(o.jobs_created), 0) as jobs
                from journey_outcome o join journey j on j.id = o.journey_id
                where o.outcome_date >= :from and o.outcome_date <= :to and j.territory_code in (:territories)
                group by j.territory_code, o.kind""", "jobs", "JOBS_");
    }

    /** The dimensions of the participants' profile, each counted by territory and category. */
    enum Dimension {
        GENDER, AGE_BAND, SITUATION, CAME_THROUGH, REFERRING_PARTNER
    }

    /**
     * The people received in the period, one line per reception, described at entry: gender, age band
     * (year of the reception − year of birth), situation, how they came, the referring partner's kind.
     * One scan, grouped by all five; each dimension is then summed up apart.
     */
    Map<Dimension, Counts> profile(ReportPeriod period) {
        Map<Dimension, Map<String, Map<String, Long>>> counts = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            counts.put(dimension, new HashMap<>());
        }
        jdbc.query("""
                select t, gender, band, situation, came_through, partner_kind, count(*) as n from (
                  select j.territory_code as t, p.gender, p.situation, p.came_through,
                         p.referring_partner_type as partner_kind,
                         case when extract(year from r.recorded_at) - p.birth_year < 26 then 'UNDER_26'
                              when extract(year from r.recorded_at) - p.birth_year <= 35 then 'FROM_26_TO_35'
                              when extract(year from r.recorded_at) - p.birth_year <= 45 then 'FROM_36_TO_45'
                              when extract(year from r.recorded_at) - p.birth_year <= 55 then 'FROM_46_TO_55'
                              else 'FROM_56' end as band
                  from reception r join journey j on j.id = r.journey_id join participant p on p.id = j.participant_id
                  where r.recorded_at >= :start and r.recorded_at < :end and j.territory_code in (:territories)
                ) received
                group by t, gender, band, situation, came_through, partner_kind""", period.parameters(), row -> {
            String territory = row.getString("t");
            long n = row.getLong("n");
            add(counts.get(Dimension.GENDER), territory, row.getString("gender"), n);
            add(counts.get(Dimension.AGE_BAND), territory, row.getString("band"), n);
            add(counts.get(Dimension.SITUATION), territory, row.getString("situation"), n);
            add(counts.get(Dimension.CAME_THROUGH), territory, row.getString("came_through"), n);
            add(counts.get(Dimension.REFERRING_PARTNER), territory, row.getString("partner_kind"), n);
        });
        Map<Dimension, Counts> result = new EnumMap<>(Dimension.class);
        counts.forEach((dimension, values) -> result.put(dimension, new Counts(values)));
        return result;
    }

    private static void add(Map<String, Map<String, Long>> counts, String territory, String category, long n) {
        if (category != null) {
            counts.computeIfAbsent(territory, t -> new HashMap<>()).merge(category, n, Long::sum);
        }
    }

    /** Follow-ups recorded in the period, by milestone ({@code "6"}…); under {@code RUNNING_<m>}, those saying the activity runs. */
    Counts followUps(ReportPeriod period) {
        return byTerritory(period, """
                select j.territory_code as t, cast(f.milestone_months as varchar(4)) as c, count(*) as n,
                       sum(case when f.activity_running then 1 else 0 end) as running
                from post_creation_follow_up f join journey j on j.id = f.journey_id
                where f.recorded_on >= :from and f.recorded_on <= :to and j.territory_code in (:territories)
                group by j.territory_code, f.milestone_months""", "running", "RUNNING_");
    }

    /** Journeys closed in the period after a signed agreement: {@code JOURNEYS}, and under {@code DAYS_JOURNEYS} their total length. */
    Counts journeyLengths(ReportPeriod period) {
        return byTerritory(period, """
                select j.territory_code as t, 'JOURNEYS' as c, count(*) as n, coalesce(sum(%s), 0) as days
                from journey j
                where j.closed_on >= :from and j.closed_on <= :to and j.agreement_signed_on is not null
                  and j.received_on is not null and j.territory_code in (:territories)
                group by j.territory_code""".formatted(daysBetween("j.received_on", "j.closed_on")), "days", "DAYS_");
    }

    /**
     * Runs a query answering {@code t} (territory), {@code c} (category) and {@code n}; a second figure
     * of the same row, if named, is kept under {@code prefix + c}.
     */
    private Counts byTerritory(ReportPeriod period, String sql, String... second) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        jdbc.query(sql, period.parameters(), row -> {
            String category = row.getString("c") == null ? "" : row.getString("c");
            Map<String, Long> territory = counts.computeIfAbsent(row.getString("t"), t -> new HashMap<>());
            territory.merge(category, row.getLong("n"), Long::sum);
            if (second.length == 2) {
                territory.merge(second[1] + category, row.getLong(second[0]), Long::sum);
            }
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
