package fr.poleess.support.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.poleess.support.EmbeddedPostgresSupport;

/**
 * Not a test: the benchmark of docs/performance.md, run only with {@code mvn -B -Pbenchmark test}.
 * Loads 100,000 journeys (participants, receptions, agreements, about 390,000 appointments,
 * outcomes, follow-ups, 26,000 referrals, 576 collective sessions with their attendance) over four years into an embedded PostgreSQL with bulk SQL, then times the
 * yearly report through the application's own {@link ActivityReports}: warm-up runs, then measured
 * runs, median and maximum. Writes its figures to target/benchmark/activity-report.txt.
 */
@SpringBootTest(properties = { "camunda.bpm.job-execution.enabled=false", "support.demo.enabled=false",
        "support.admin.password=Benchmark-only-2026" })
class ActivityReportBenchmark {

    static final int JOURNEYS = Integer.getInteger("benchmark.journeys", 100_000);
    static final int WARM_UP = 3;
    static final int RUNS = 10;
    /** Ids far above anything the application writes, so the bulk rows never collide with its own. */
    static final long OFFSET = 10_000_000L;

    @Autowired
    ActivityReports reports;
    @Autowired
    ActivityReportQueries queries;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry, "report_benchmark");
    }

    @Test
    void yearlyReportOnOneHundredThousandJourneys() throws IOException {
        long loadStart = System.nanoTime();
        load();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        long journeys = jdbc.queryForObject("select count(*) from journey", Long.class);
        long appointments = jdbc.queryForObject("select count(*) from appointment", Long.class);
        assertThat(journeys).isGreaterThanOrEqualTo(JOURNEYS);
        if (Boolean.getBoolean("benchmark.explain")) {
            explainSlowStatements();
        }

        for (int i = 0; i < WARM_UP; i++) {
            reports.compute(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null);
        }
        List<Double> yearly = time(() -> reports.compute(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null));
        List<Double> oneTerritory = time(() -> reports.compute(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "BEA"));
        List<Double> fourYears = time(() -> reports.compute(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31), null));

        ActivityReport report = reports.compute(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null);
        ReportPeriod year = new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), List.of("BEA", "CHA", "DIJ"));
        Map<String, Runnable> indicators = new LinkedHashMap<>();
        indicators.put("receptions", () -> queries.receptions(year));
        indicators.put("people supported", () -> queries.peopleSupported(year));
        indicators.put("appointments by mode", () -> queries.appointmentsByMode(year));
        indicators.put("outcomes", () -> queries.outcomes(year));
        indicators.put("profile", () -> queries.profile(year));
        indicators.put("follow-ups", () -> queries.followUps(year));
        indicators.put("journey length", () -> queries.journeyLengths(year));
        extraIndicators(indicators, year);
        System.gc();
        long heapUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        StringBuilder out = new StringBuilder();
        out.append("Activity report benchmark (embedded PostgreSQL ")
                .append(jdbc.queryForObject("show server_version", String.class)).append(")\n");
        out.append(String.format(Locale.ROOT, "data: %,d journeys, %,d appointments, loaded in %.1f s%n", journeys,
                appointments, loadSeconds));
        out.append(line("yearly report 2025, all territories", yearly));
        out.append(line("yearly report 2025, one territory", oneTerritory));
        out.append(line("four years 2022-2025, all territories", fourYears));
        out.append("by indicator, 2025 (median of " + RUNS + "):");
        indicators.forEach((name, query) -> out.append(String.format(Locale.ROOT, " %s %.0f ms;", name,
                median(time(query)))));
        out.append('\n');
        out.append(String.format(Locale.ROOT, "heap used after the runs and a GC: %d MiB (max heap %d MiB)%n",
                heapUsed / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        out.append("first table 2025: ").append(report.firstTable().rows()).append('\n');
        System.out.println("\n" + out);
        Path file = Path.of("target", "benchmark", "activity-report.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
    }

    /**
     * With {@code -Dbenchmark.explain=true}: PostgreSQL's auto_explain logs the plan, timings and buffers
     * of every statement over 10 ms (in the test output, through the embedded server's log), for
     * profiling the report's queries. The pool's connections are renewed so that all of them load it.
     */
    private void explainSlowStatements() {
        String database = jdbc.queryForObject("select current_database()", String.class);
        jdbc.execute("alter database " + database + " set session_preload_libraries = 'auto_explain'");
        jdbc.execute("alter database " + database + " set auto_explain.log_min_duration = '10ms'");
        jdbc.execute("alter database " + database + " set auto_explain.log_analyze = on");
        jdbc.execute("alter database " + database + " set auto_explain.log_buffers = on");
        if (jdbc.getDataSource() instanceof com.zaxxer.hikari.HikariDataSource hikari) {
            hikari.getHikariPoolMXBean().softEvictConnections();
        }
    }

    /** Indicators that read the tables of the collective sessions and referrals. */
    private void extraIndicators(Map<String, Runnable> indicators, ReportPeriod year) {
        indicators.put("sessions held", () -> queries.sessionsHeld(year));
        indicators.put("referrals", () -> queries.referrals(year));
    }

    private static String line(String label, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "%s: median %.0f ms, min %.0f ms, max %.0f ms over %d runs%n", label,
                median(millis), sorted.get(0), sorted.get(sorted.size() - 1), RUNS);
    }

    private static double median(List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return (sorted.get(RUNS / 2 - 1) + sorted.get(RUNS / 2)) / 2;
    }

    private static List<Double> time(Runnable report) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            report.run();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return millis;
    }

    /** Bulk SQL only: a journey opens every day of 2022–2025 in turn; shapes follow the seed's proportions. */
    private void load() {
        Long existing = jdbc.queryForObject("select count(*) from journey where id > ?", Long.class, OFFSET);
        if (existing != null && existing >= JOURNEYS) {
            return;
        }
        String day = "(date '2022-01-01' + (g % 1460))";
        jdbc.update("""
                insert into participant (id, first_name, last_name, commune_name, gender, birth_year, situation,
                    came_through, referring_partner_type, consent_given, created_at)
                select ? + g, 'Prénom' || g, 'Nom' || (g %% 90000), 'Beaune',
                    (array['FEMALE','MALE','OTHER'])[1 + g %% 3], 1950 + g %% 55,
                    (array['JOB_SEEKER','RSA','EMPLOYED','STUDENT','OTHER'])[1 + g %% 5],
                    (array['REFERRING_PARTNER','INFORMATION_SESSION','WORD_OF_MOUTH','MEDIA','OTHER'])[1 + g %% 5],
                    case when g %% 5 = 0 then (array['FRANCE_TRAVAIL','MISSION_LOCALE','SOCIAL_SERVICES'])[1 + g %% 3] end,
                    true, %1$s
                from generate_series(1, ?) g""".formatted(day), OFFSET, JOURNEYS);
        jdbc.update("""
                insert into journey (id, reference, participant_id, territory_code, referent_advisor, status, opened_on,
                    received_on, agreement_signed_on, closed_on, version)
                select ? + g, 'BENCH-' || g, ? + g, (array['BEA','CHA','DIJ'])[1 + g %% 3], 'conseiller.beaune',
                    case when g %% 2 = 0 then 'CLOSED' else 'IN_PROGRESS' end, %1$s, %1$s + 3,
                    case when g %% 100 < 78 then %1$s + 10 end,
                    case when g %% 2 = 0 then %1$s + 40 + g %% 300 end, 0
                from generate_series(1, ?) g""".formatted(day), OFFSET, OFFSET, JOURNEYS);
        jdbc.update("""
                insert into reception (journey_id, held_on, mode, project_summary, project_sector, decision, advisor,
                    recorded_at)
                select ? + g, %1$s + 3, 'ON_SITE', 'Projet de création', 'TRADE',
                    case when g %% 100 < 80 then 'AGREEMENT' else 'REDIRECTED' end, 'conseiller.beaune',
                    (%1$s + 3) + time '10:30'
                from generate_series(1, ?) g""".formatted(day), OFFSET, JOURNEYS);
        jdbc.update("""
                insert into support_agreement (id, journey_id, start_date, duration_months, planned_end_date, objectives,
                    prepared_by, prepared_at, signed_on, version)
                select ? + g, ? + g, %1$s + 10, 12, (%1$s + 10 + interval '12 months')::date, 'Objectifs',
                    'conseiller.beaune', (%1$s + 8) + time '09:00', %1$s + 10, 0
                from generate_series(1, ?) g where g %% 100 < 78""".formatted(day), OFFSET, OFFSET, JOURNEYS);
        jdbc.update("""
                insert into appointment (journey_id, held_at, duration_minutes, mode, advisor, recorded_at)
                select ? + g, (%1$s + 10 + k * 30) + time '14:00', 60,
                    (array['ON_SITE','OUTREACH_DESK','PHONE','VIDEO','HOME_VISIT'])[1 + (g + k) %% 5],
                    'conseiller.beaune', (%1$s + 10 + k * 30) + time '16:00'
                from generate_series(1, ?) g cross join generate_series(1, 5) k
                where g %% 100 < 78""".formatted(day), OFFSET, JOURNEYS);
        jdbc.update("""
                insert into journey_outcome (journey_id, kind, outcome_date, jobs_created, recorded_by, recorded_at)
                select ? + g,
                    (array['ACTIVITY_CREATED','SALARIED_JOB','TRAINING','ABANDONED','POSTPONED','REDIRECTED'])[1 + g %% 6],
                    %1$s + 40 + g %% 300, case when g %% 6 = 0 then 1 + g %% 3 end, 'conseiller.beaune',
                    (%1$s + 40 + g %% 300) + time '11:00'
                from generate_series(1, ?) g where g %% 2 = 0""".formatted(day), OFFSET, JOURNEYS);
        jdbc.update("""
                insert into post_creation_follow_up (journey_id, milestone_months, due_on, recorded_on, activity_running,
                    support_requested, recorded_by)
                select ? + g, 6, %1$s + 220 + g %% 300, %1$s + 225 + g %% 300, g %% 10 <> 0, false, 'conseiller.beaune'
                from generate_series(1, ?) g where g %% 6 = 0""".formatted(day), OFFSET, JOURNEYS);
        // 12 partners, one of each kind; a referral for a third of the supported journeys.
        jdbc.update("""
                insert into partner (id, name, partner_type, kind, contact_function, active, version)
                select ? + k, 'Partenaire ' || k, 'PROFESSIONAL_RESOURCE',
                    (array['CMA','CCI','CHAMBER_OF_AGRICULTURE','BANK','ACCOUNTANT','HONOUR_LOAN','MICRO_CREDIT','URSSAF',
                           'LAWYER','EMPLOYMENT_SERVICE','SOCIAL_SERVICES','PAYS_DEVELOPMENT'])[k], 'Accueil', true, 0
                from generate_series(1, 12) k""", OFFSET);
        jdbc.update("""
                insert into referral (journey_id, partner_id, partner_kind, recommended, contact_shared, status,
                    proposed_on, proposed_by, meeting_on, version)
                select ? + g, ? + 1 + g %% 12, p.kind, true, true,
                    case when g %% 2 = 0 then 'MEETING_HELD' else 'SENT' end, %1$s + 20, 'conseiller.beaune',
                    case when g %% 2 = 0 then %1$s + 35 end, 0
                from generate_series(1, ?) g join partner p on p.id = ? + 1 + g %% 12
                where g %% 100 < 78 and g %% 3 = 0""".formatted(day), OFFSET, OFFSET, JOURNEYS, OFFSET);
        // A session every 60 hours over the four years (information sessions, workshops, petits déj'),
        // one slot each, ten people registered; one in twenty with nobody present.
        int sessions = 576;
        jdbc.update("""
                insert into collective_session (id, kind, title, territory_code, place_kind, capacity, status, created_by,
                    created_at, version)
                select ? + s, (array['INFORMATION_SESSION','THEMATIC_WORKSHOP','THEMATIC_WORKSHOP','BREAKFAST'])[1 + s % 4],
                    'Séance ' || s, (array['BEA','CHA','DIJ'])[1 + s % 3], 'OFFICE', 12, 'CLOSED', 'conseiller.beaune',
                    timestamp '2021-12-01 09:00', 0
                from generate_series(1, ?) s""", OFFSET, sessions);
        jdbc.update("""
                insert into collective_session_slot (id, session_id, starts_at, duration_minutes)
                select ? + s, ? + s, timestamp '2022-01-05 14:00' + (s - 1) * interval '60 hours', 180
                from generate_series(1, ?) s""", OFFSET, OFFSET, sessions);
        jdbc.update("""
                insert into collective_registration (id, session_id, journey_id, status, registered_at, registered_by)
                select ? + s * 10 + k, ? + s, ? + 1 + (s * 10 + k) % ?, 'REGISTERED', timestamp '2021-12-01 09:00',
                    'conseiller.beaune'
                from generate_series(1, ?) s cross join generate_series(0, 9) k""", OFFSET, OFFSET, OFFSET, JOURNEYS,
                sessions);
        jdbc.update("""
                insert into collective_attendance (registration_id, slot_id, status, recorded_at, recorded_by)
                select ? + s * 10 + k, ? + s, case when s % 20 = 0 or k % 4 = 0 then 'ABSENT' else 'PRESENT' end,
                    timestamp '2021-12-01 09:00', 'conseiller.beaune'
                from generate_series(1, ?) s cross join generate_series(0, 9) k""", OFFSET, OFFSET, sessions);
        jdbc.execute("analyze");
    }
}
