package fr.poleess.support.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import fr.poleess.support.EmbeddedPostgresSupport;
import fr.poleess.support.SupportApplication;
import fr.poleess.support.journey.JourneyProcess.Elements;

/**
 * Stopping the application loses nothing: a second application started on the same database sees
 * the running journey, its waiting task and its history, and can carry on with it. Also checks that
 * restarting creates no new deployment and seeds nothing twice.
 */
class RestartSafetyIntegrationTest {

    private static final String DATABASE = "restart_it";

    @Test
    void aSecondApplicationOnTheSameDatabaseCarriesOnTheRunningJourneys() {
        String reference;
        long deployments;
        long journeysBefore;
        try (ConfigurableApplicationContext first = start()) {
            Journey journey = first.getBean(JourneyOpening.class).open(new NewParticipant("Nina", "Schmitt", null,
                    "06 98 76 54 32", null, "21400", "Chatillon sur Seine", 1983, Gender.FEMALE, Situation.JOB_SEEKER,
                    List.of(), CameThrough.WORD_OF_MOUTH, null, null, null, true));
            reference = journey.getReference();
            deployments = first.getBean(org.camunda.bpm.engine.RepositoryService.class).createDeploymentQuery().count();
            journeysBefore = first.getBean(Journeys.class).count();
        }

        try (ConfigurableApplicationContext second = start()) {
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

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SupportApplication.class).run(
                "--spring.datasource.url=" + EmbeddedPostgresSupport.jdbcUrl(DATABASE),
                "--spring.datasource.username=" + EmbeddedPostgresSupport.USERNAME,
                "--spring.datasource.password=" + EmbeddedPostgresSupport.PASSWORD,
                "--server.port=0", "--server.address=127.0.0.1",
                "--camunda.bpm.job-execution.enabled=false");
    }
}
