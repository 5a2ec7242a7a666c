package fr.poleess.support.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import fr.poleess.support.EmbeddedPostgresSupport;
import fr.poleess.support.SupportApplication;
import fr.poleess.support.journey.JourneyProcess.Elements;

/**
 * Stopping the application loses nothing, on PostgreSQL as on the default run's H2 file: a second
 * application started on the same database sees
 * the running journey, its waiting task and its history, and can carry on with it. Also checks that
 * restarting creates no new deployment and seeds nothing twice.
 */
class RestartSafetyIntegrationTest {

    private static final String DATABASE = "restart_it";

    @TempDir
    static Path dataDirectory;

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("PostgreSQL", (Supplier<String>) () -> EmbeddedPostgresSupport.jdbcUrl(DATABASE),
                EmbeddedPostgresSupport.USERNAME, EmbeddedPostgresSupport.PASSWORD),
                // The default run's database: an H2 file, as under ./data.
                Arguments.of("H2 file", (Supplier<String>) () -> "jdbc:h2:file:" + dataDirectory.resolve("parcours")
                        + ";DB_CLOSE_ON_EXIT=FALSE", "sa", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSecondApplicationOnTheSameDatabaseCarriesOnTheRunningJourneys(String name, Supplier<String> url, String user,
            String password) {
        String reference;
        long deployments;
        long journeysBefore;
        try (ConfigurableApplicationContext first = start(url.get(), user, password)) {
            Journey journey = first.getBean(JourneyOpening.class).open(NewParticipant.builder()
                    .firstName("Nina").lastName("Schmitt").phone("06 98 76 54 32").postalCode("21400")
                    .commune("Chatillon sur Seine").birthYear(1983).gender(Gender.FEMALE).situation(Situation.JOB_SEEKER)
                    .mobilityConstraints(List.of()).cameThrough(CameThrough.WORD_OF_MOUTH).consentGiven(true).build());
            reference = journey.getReference();
            deployments = first.getBean(org.camunda.bpm.engine.RepositoryService.class).createDeploymentQuery().count();
            journeysBefore = first.getBean(Journeys.class).count();
        }

        try (ConfigurableApplicationContext second = start(url.get(), user, password)) {
            TaskService taskService = second.getBean(TaskService.class);
            Task task = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
            assertThat(task).isNotNull();
            assertThat(task.getTaskDefinitionKey()).isEqualTo(Elements.HOLD_RECEPTION);
            assertThat(second.getBean(Journeys.class).findByReference(reference)).get()
                    .extracting(Journey::getTerritoryCode).isEqualTo("CHA");
            assertThat(second.getBean(HistoryService.class).createHistoricActivityInstanceQuery()
                    .processInstanceId(task.getProcessInstanceId()).activityId(Elements.REGISTER_JOURNEY).count()).isOne();
            assertThat(second.getBean(org.camunda.bpm.engine.RepositoryService.class).createDeploymentQuery().count())
                    .isEqualTo(deployments);
            assertThat(second.getBean(Journeys.class).count()).isEqualTo(journeysBefore);

            taskService.claim(task.getId(), "conseiller.chatillon");
            taskService.complete(task.getId(), java.util.Map.of(JourneyProcess.ReceptionForm.DATE,
                    java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString(),
                    JourneyProcess.ReceptionForm.MODE, "OUTREACH_DESK",
                    JourneyProcess.ReceptionForm.PROJECT_SUMMARY, "Gîte rural et table d'hôtes.",
                    JourneyProcess.ReceptionForm.PROJECT_SECTOR, "SERVICES",
                    JourneyProcess.ReceptionForm.DECISION, "POSTPONED"));
            assertThat(second.getBean(RuntimeService.class).createProcessInstanceQuery()
                    .processInstanceBusinessKey(reference).count()).isZero();
            assertThat(second.getBean(Journeys.class).findByReference(reference)).get()
                    .extracting(Journey::getStatus).isEqualTo(JourneyStatus.CLOSED);
        }
    }

    private static ConfigurableApplicationContext start(String url, String user, String password) {
        return new SpringApplicationBuilder(SupportApplication.class).run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--server.port=0", "--server.address=127.0.0.1",
                // Without Camunda's webapps: they keep their engine in JVM-wide statics (the Cockpit, Tasklist
                // and Admin runtime delegates), which a second application in the test JVM would take over
                // and, when closed, leave null under the shared test context's webapps (answering 500).
                "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.job-execution.enabled=false");
    }
}
