package fr.poleess.support.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.poleess.support.EmbeddedPostgresSupport;
import fr.poleess.support.SupportApplication;

/**
 * 50 journeys opened at once over HTTP, from the moment the application starts
 * (while its demo data is being seeded) until each is created. Every answer is {@code 201} or a French
 * {@code 503} « en cours de démarrage », never a {@code 500}; the references of the territory's year are
 * unique and without gaps, the demo's and ours together. On PostgreSQL and on the default run's H2 file.
 */
class StartupLoadIntegrationTest {

    private static final int CLIENTS = 50;
    private static final Duration PATIENCE = Duration.ofMinutes(4);
    private static final String DATABASE = "startup_load_it";

    @TempDir
    static Path dataDirectory;

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("PostgreSQL", (Supplier<String>) () -> EmbeddedPostgresSupport.jdbcUrl(DATABASE),
                EmbeddedPostgresSupport.USERNAME, EmbeddedPostgresSupport.PASSWORD),
                Arguments.of("H2 file", (Supplier<String>) () -> "jdbc:h2:file:" + dataDirectory.resolve("parcours")
                        + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000", "sa", ""));
    }

    /** What one client saw: every status until its journey was created, and its reference. */
    record Outcome(List<Integer> statuses, String reference) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void fiftyJourneysOpenedWhileTheApplicationStartsGetUniqueGaplessReferences(String name, Supplier<String> url,
            String user, String password) throws Exception {
        int port = freePort();
        String jdbcUrl = url.get();
        ExecutorService starter = Executors.newSingleThreadExecutor();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        ConfigurableApplicationContext application = null;
        try {
            Future<ConfigurableApplicationContext> starting = starter.submit(
                    () -> start(jdbcUrl, user, password, port));
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                int client = i;
                futures.add(clients.submit(() -> openJourney(http, port, client)));
            }
            application = starting.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
            }

            List<Integer> statuses = outcomes.stream().flatMap(o -> o.statuses().stream()).toList();
            assertThat(statuses).as("every answer").isNotEmpty().allSatisfy(s -> assertThat(s).isIn(201, 503));
            assertThat(statuses).as("some arrived while the application was starting").contains(503);
            List<String> references = outcomes.stream().map(Outcome::reference).toList();
            assertThat(references).as("each client opened its journey").doesNotContainNull().hasSize(CLIENTS)
                    .doesNotHaveDuplicates();

            int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
            List<Integer> numbers = new ArrayList<>(application.getBean(JdbcTemplate.class).queryForList(
                    "select reference from journey where territory_code = 'BEA' and reference like ?", String.class,
                    "BEA-" + year + "-%").stream().map(r -> Integer.parseInt(r.substring(r.lastIndexOf('-') + 1)))
                    .toList());
            Collections.sort(numbers);
            assertThat(numbers).as("the demo's journeys and ours, numbered 1 to N without gaps")
                    .isEqualTo(IntStream.rangeClosed(1, numbers.size()).boxed().toList());
            assertThat(numbers.size()).isGreaterThanOrEqualTo(CLIENTS);
        } finally {
            clients.shutdownNow();
            starter.shutdownNow();
            if (application != null) {
                application.close();
            }
        }
    }

    private Outcome openJourney(HttpClient http, int port, int client) throws Exception {
        String body = """
                {"firstName": "Charge", "lastName": "Démarrage-%d", "phone": "06 12 34 56 78", "commune": "Meursault",
                 "birthYear": 1990, "gender": "FEMALE", "situation": "JOB_SEEKER", "consentGiven": true}"""
                .formatted(client);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/journeys"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "conseiller.beaune:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(90))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        List<Integer> statuses = new ArrayList<>();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (ConnectException | HttpTimeoutException notListeningYet) {
                Thread.sleep(50);
                continue;
            } catch (IOException reset) {
                Thread.sleep(50);
                continue;
            }
            statuses.add(response.statusCode());
            if (response.statusCode() == 503) {
                assertThat(response.body()).contains("Application en cours de démarrage");
                Thread.sleep(100);
                continue;
            }
            String reference = response.statusCode() == 201
                    ? new ObjectMapper().readTree(response.body()).path("reference").asText()
                    : null;
            return new Outcome(statuses, reference);
        }
        return new Outcome(statuses, null);
    }

    private static ConfigurableApplicationContext start(String url, String user, String password, int port) {
        return new SpringApplicationBuilder(SupportApplication.class).run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--server.port=" + port, "--server.address=127.0.0.1",
                // Without Camunda's webapps: they keep their engine in JVM-wide statics (the Cockpit, Tasklist
                // and Admin runtime delegates), which a second application in the test JVM would take over
                // and, when closed, leave null under the shared test context's webapps (answering 500).
                "--camunda.bpm.webapp.enabled=false",
                "--support.demo.enabled=true",
                "--camunda.bpm.job-execution.enabled=false");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
