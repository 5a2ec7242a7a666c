package fr.poleess.support.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.poleess.support.EmbeddedPostgresSupport;
import fr.poleess.support.SpringProcessEngineRegistration;
import fr.poleess.support.SqlStatementCounter;

/**
 * Not a test: the task-list benchmark of docs/performance.md, run only with {@code mvn -B -Pbenchmark test}.
 * Seeds open journeys waiting at « Accueil » in the three territories (100,000 by default,
 * {@code -Dbenchmark.tasklist.journeys}), then, as Beaune's advisor with authorization on, times the
 * seeded Tasklist filter « Mon territoire »: its first page of 50 tasks, newest first, with the
 * participant label (through the engine's Java API, and through {@code /engine-rest} over HTTP as
 * Tasklist asks for it), its count, and {@code GET /api/journeys/{reference}} with its SQL statements.
 * <p>
 * Seeding shortcut, to seed 100,000 journeys in minutes: our rows (participant, journey) by bulk SQL,
 * then each process instance by the engine's API on several threads, started at « Accueil »
 * ({@code startBeforeActivity}) with the variables « Enregistrer le parcours » would have set. The
 * engine writes the same runtime rows as for a journey opened by the API (execution, task, its
 * candidate group and authorization, variables, the task's participant label, history of the task)
 * without the history of the service task before it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false", "support.demo.enabled=false",
        "support.admin.password=Benchmark-only-2026", "server.address=127.0.0.1" })
class TaskListBenchmark {

    static final int JOURNEYS = Integer.getInteger("benchmark.tasklist.journeys", 100_000);
    static final int SEED_THREADS = 4;
    static final int WARM_UP = 30;
    static final int RUNS = 200;
    static final long OFFSET = 20_000_000L;
    static final String ADVISOR = "conseiller.beaune";
    static final String GROUP = "advisors-beaune";
    static final String PASSWORD = "Benchmark-only-2026!";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    FilterService filterService;
    @Autowired
    IdentityService identityService;
    @Autowired
    SqlStatementCounter counter;
    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry, "tasklist_benchmark");
    }

    @TestConfiguration
    static class Counting {
        @Bean
        static SqlStatementCounter sqlStatementCounter() {
            return new SqlStatementCounter();
        }
    }

    @Test
    void myTerritoryAtOneHundredThousandOpenJourneys() throws Exception {
        SpringProcessEngineRegistration.use(engine);
        long seedStart = System.nanoTime();
        seed();
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        jdbc.execute("analyze");
        advisorAccount();
        Filter filter = filterService.createFilterQuery().filterName("Mon territoire").singleResult();
        String reference = jdbc.queryForObject("select reference from journey where territory_code = 'BEA' "
                + "and process_instance_id is not null order by id desc limit 1", String.class);

        List<Double> page;
        List<Double> count;
        identityService.setAuthentication(ADVISOR, List.of(GROUP));
        try {
            if (Boolean.getBoolean("benchmark.tasklist.explain")) {
                explain(filter);
            }
            page = time(() -> {
                List<Task> tasks = filterService.listPage(filter.getId(),
                        taskService.createTaskQuery().orderByTaskCreateTime().desc(), 0, 50);
                String[] ids = tasks.stream().map(Task::getId).toArray(String[]::new);
                // Tasklist shows the filter's variable column: one query for the page's labels, paged
                // like every query of an authenticated user (queryMaxResultsLimit refuses unbound lists).
                long labels = runtimeService.createVariableInstanceQuery().taskIdIn(ids)
                        .variableNameIn(JourneyProcess.Variables.PARTICIPANT_NAME).listPage(0, ids.length).size();
                if (tasks.size() != 50 || labels != 50) {
                    throw new IllegalStateException(tasks.size() + " tasks, " + labels + " labels");
                }
            });
            count = time(() -> {
                filterService.count(filter.getId());
            });
        } finally {
            identityService.clearAuthentication();
        }
        long visible = jdbc.queryForObject("select count(*) from journey where territory_code = 'BEA' "
                + "and process_instance_id is not null", Long.class);

        String listBody = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
        List<Double> httpPage = time(() -> {
            String body = send(HttpRequest.newBuilder(uri("/engine-rest/filter/" + filter.getId()
                    + "/list?firstResult=0&maxResults=50")).header("Accept", "application/hal+json")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(listBody)));
            if (!body.contains(JourneyProcess.Variables.PARTICIPANT_NAME)) {
                throw new IllegalStateException("No participant label in " + body.substring(0, Math.min(300, body.length())));
            }
        });
        List<Double> httpCount = time(() -> {
            send(HttpRequest.newBuilder(uri("/engine-rest/filter/" + filter.getId() + "/count")).GET());
        });
        List<Double> journey = time(() -> {
            send(HttpRequest.newBuilder(uri("/api/journeys/" + reference)).GET());
        });
        SqlStatementCounter.Counts statements = counter.startEverywhere();
        send(HttpRequest.newBuilder(uri("/api/journeys/" + reference)).GET());
        counter.stopEverywhere();

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT,
                "Task list benchmark (embedded PostgreSQL %s, authorization on, as %s): %,d open journeys seeded in %.0f s, %,d in Beaune%n",
                jdbc.queryForObject("show server_version", String.class), ADVISOR,
                jdbc.queryForObject("select count(*) from act_ru_task", Long.class), seedSeconds, visible));
        out.append(String.format(Locale.ROOT, "%-58s %8s %8s %8s%n", "call (" + RUNS + " runs after " + WARM_UP
                + " warm-up)", "p50 ms", "p95 ms", "goal"));
        out.append(row("« Mon territoire », 50 tasks + labels, engine Java API", page, "<= 15"));
        out.append(row("« Mon territoire », 50 tasks + labels, /engine-rest HTTP", httpPage, "<= 30"));
        out.append(row("« Mon territoire » count, engine Java API", count, "<= 50"));
        out.append(row("« Mon territoire » count, /engine-rest HTTP", httpCount, ""));
        out.append(row("GET /api/journeys/{reference}", journey, "<= 20"));
        out.append(String.format(Locale.ROOT, "SQL statements of one GET /api/journeys/{reference}: %d (engine %d, ours %d; goal <= 10)%n",
                statements.engine() + statements.ours(), statements.engine(), statements.ours()));
        System.out.println("\n" + out);
        Path file = Path.of("target", "benchmark", "task-list.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
        assertThat(visible).isPositive();
    }

    /** Participants and journeys by bulk SQL; their process instances through the engine on several threads. */
    private void seed() throws Exception {
        Long existing = jdbc.queryForObject("select count(*) from journey where id > ?", Long.class, OFFSET);
        if (existing == null || existing < JOURNEYS) {
            jdbc.update("""
                    insert into participant (id, first_name, last_name, commune_name, gender, birth_year, situation,
                        came_through, consent_given, created_at)
                    select ? + g, 'Prénom' || g, 'Nom' || g, 'Beaune', (array['FEMALE','MALE','OTHER'])[1 + g % 3],
                        1950 + g % 55, 'JOB_SEEKER', 'WORD_OF_MOUTH', true, now()
                    from generate_series(1, ?) g""", OFFSET, JOURNEYS);
            jdbc.update("""
                    insert into journey (id, reference, participant_id, territory_code, status, opened_on, version)
                    select ? + g, 'SEED-' || g, ? + g, (array['BEA','CHA','DIJ'])[1 + g % 3], 'RECEPTION',
                        current_date - (g % 300), 0
                    from generate_series(1, ?) g""", OFFSET, OFFSET, JOURNEYS);
        }
        List<Object[]> toStart = jdbc.query("""
                select j.id, j.reference, j.territory_code, t.advisors_group from journey j
                join territory t on t.code = j.territory_code
                where j.id > ? and j.process_instance_id is null order by j.id""",
                (row, i) -> new Object[] { row.getLong(1), row.getString(2), row.getString(3), row.getString(4) },
                OFFSET);
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(SEED_THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < SEED_THREADS; t++) {
            done.add(threads.submit(() -> {
                List<Object[]> links = new ArrayList<>();
                for (int i = next.getAndIncrement(); i < toStart.size(); i = next.getAndIncrement()) {
                    Object[] journey = toStart.get(i);
                    String instance = runtimeService.createProcessInstanceByKey(JourneyProcess.KEY)
                            .businessKey((String) journey[1])
                            .setVariables(Variables.createVariables()
                                    .putValue(JourneyProcess.Variables.JOURNEY_ID, journey[0])
                                    .putValue(JourneyProcess.Variables.TERRITORY_CODE, journey[2])
                                    .putValue(JourneyProcess.Variables.ADVISORS_GROUP, journey[3]))
                            .startBeforeActivity(JourneyProcess.Elements.HOLD_RECEPTION).execute().getId();
                    links.add(new Object[] { instance, journey[0] });
                    if (links.size() == 500) {
                        jdbc.batchUpdate("update journey set process_instance_id = ? where id = ?", links);
                        links.clear();
                    }
                }
                jdbc.batchUpdate("update journey set process_instance_id = ? where id = ?", links);
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        threads.shutdown();
    }

    /**
     * With {@code -Dbenchmark.tasklist.explain=true}: PostgreSQL's plan of the filter's count and page
     * statements, as the engine sends them for the advisor, into {@code target/benchmark/task-list-plans.txt}.
     */
    private void explain(Filter filter) throws IOException {
        StringBuilder plans = new StringBuilder();
        for (Call call : List.<Call>of(() -> filterService.count(filter.getId()),
                () -> filterService.listPage(filter.getId(), taskService.createTaskQuery().orderByTaskCreateTime().desc(), 0, 50))) {
            SqlStatementCounter.Counts counts = counter.start();
            try {
                call.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                counter.stop();
            }
            String sql = counts.boundStatements().stream().filter(s -> s.contains("ACT_RU_TASK")).reduce((a, b) -> b)
                    .orElseThrow();
            plans.append(sql).append("\n\n");
            jdbc.queryForList("explain (analyze, buffers) " + sql, String.class)
                    .forEach(line -> plans.append(line).append('\n'));
            plans.append("\n");
            for (String variant : System.getProperty("benchmark.tasklist.variants", "").split(";")) {
                if (variant.isBlank()) {
                    continue;
                }
                jdbc.execute(variant);
                jdbc.execute("analyze act_ru_authorization");
                plans.append("---- after ").append(variant).append("\n");
                jdbc.queryForList("explain (analyze, buffers) " + sql, String.class)
                        .forEach(line -> plans.append(line).append('\n'));
            }
        }
        System.out.println(plans);
        Path file = Path.of("target", "benchmark", "task-list-plans.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, plans);
    }

    private void advisorAccount() {
        if (identityService.createUserQuery().userId(ADVISOR).count() == 0) {
            User user = identityService.newUser(ADVISOR);
            user.setFirstName("Camille");
            user.setLastName("Bertrand");
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(ADVISOR, GROUP);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private String send(HttpRequest.Builder request) {
        String credentials = Base64.getEncoder().encodeToString((ADVISOR + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(request.header("Authorization", "Basic " + credentials).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private interface Call {
        void run() throws Exception;
    }

    private static List<Double> time(Call call) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            call.run();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.run();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return millis;
    }

    private static String row(String label, List<Double> millis, String goal) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "%-58s %8.1f %8.1f %8s%n", label, sorted.get(sorted.size() / 2 - 1),
                sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1), goal);
    }
}
