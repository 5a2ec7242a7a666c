package fr.poleess.support.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.DefaultUriBuilderFactory;

import fr.poleess.support.PostgresIntegrationTest;
import fr.poleess.support.followup.PostCreationFollowUpProcess.FollowUpForm;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.JourneyApi;
import fr.poleess.support.journey.JourneyProcess.AppointmentForm;
import fr.poleess.support.journey.JourneyProcess.FinalReviewForm;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.messaging.MessageKind;
import fr.poleess.support.messaging.Outbox;
import fr.poleess.support.messaging.OutboxMessage;

/**
 * Post-creation follow-up end to end on PostgreSQL, driven over HTTP as advisors do: closing a journey
 * with an activity created starts the follow-ups (timer 6 months after the creation date at 09:00),
 * other outcomes do not; when the timer fires the participant gets a message and the referent a task
 * whose answers are checked in French and recorded.
 */
class PostCreationFollowUpIntegrationTest extends PostgresIntegrationTest {

    static final String ADVISOR = "conseiller.beaune";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    Journeys journeys;
    @Autowired
    Outbox outbox;
    @Autowired
    PostCreationFollowUps followUps;

    final LocalDate today = LocalDate.now(PARIS);
    JourneyApi api;

    @BeforeEach
    void client() {
        rest.getRestTemplate().setUriTemplateHandler(new DefaultUriBuilderFactory("http://127.0.0.1:" + port));
        api = new JourneyApi(rest);
    }

    @Test
    void anActivityCreatedIsFollowedUpAtSixMonthsAndTheAnswersAreCheckedAndRecorded() {
        LocalDate createdOn = today.minusDays(10);
        String reference = journeyClosedWith("ACTIVITY_CREATED", createdOn);
        Journey journey = journeys.findByReference(reference).orElseThrow();

        ProcessInstance followUp = followUpProcess(reference);
        assertThat(followUp).as("follow-up process of %s", reference).isNotNull();
        Job timer = managementService.createJobQuery().processInstanceId(followUp.getId()).timers().singleResult();
        assertThat(LocalDateTime.ofInstant(timer.getDuedate().toInstant(), PARIS))
                .isEqualTo(createdOn.plusMonths(6).atTime(9, 0));

        managementService.executeJob(timer.getId());

        List<OutboxMessage> messages = outbox.findByJourneyIdOrderByCreatedAt(journey.getId());
        assertThat(messages).extracting(OutboxMessage::getKind).containsExactly(MessageKind.POST_CREATION_FOLLOW_UP);
        assertThat(messages.get(0).getSubject()).isEqualTo("Votre activité, 6 mois après sa création");
        assertThat(messages.get(0).getBody()).contains("Bonjour Élodie").contains("vous appellera");
        Task task = taskService.createTaskQuery().processInstanceId(followUp.getId()).singleResult();
        assertThat(task.getName()).isEqualTo("Suivi post-création à 6 mois");
        assertThat(task.getAssignee()).isEqualTo(ADVISOR);

        Map<String, Object> bad = new HashMap<>();
        bad.put(FollowUpForm.ACTIVITY_RUNNING, "true");
        bad.put(FollowUpForm.JOBS, -1);
        bad.put(FollowUpForm.REVENUE_BAND, "BEAUCOUP");
        ResponseEntity<String> refused = api.submit(ADVISOR, task.getId(), bad);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("Saisie à corriger")
                .contains("Chiffre d'affaires annuel : la valeur « BEAUCOUP » n'est pas proposée")
                .contains("Emplois : ne peut pas être négatif");
        assertThat(followUps.findByJourneyIdOrderByMilestoneMonths(journey.getId())).isEmpty();
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();

        ResponseEntity<String> accepted = api.submit(ADVISOR, task.getId(), Map.of(FollowUpForm.ACTIVITY_RUNNING, "true",
                FollowUpForm.JOBS, 2, FollowUpForm.REVENUE_BAND, "BAND_10K_50K",
                FollowUpForm.HELP_NEEDED, "Trouver un second local à Beaune.", FollowUpForm.SUPPORT_REQUESTED, false));

        assertThat(accepted.getStatusCode().is2xxSuccessful()).as(accepted.getBody()).isTrue();
        List<PostCreationFollowUp> rows = followUps.findByJourneyIdOrderByMilestoneMonths(journey.getId());
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.getMilestoneMonths()).isEqualTo(6);
            assertThat(row.getDueOn()).isEqualTo(createdOn.plusMonths(6));
            assertThat(row.getRecordedOn()).isEqualTo(today);
            assertThat(row.isActivityRunning()).isTrue();
            assertThat(row.getJobs()).isEqualTo(2);
            assertThat(row.getRevenueBand()).isEqualTo(RevenueBand.BAND_10K_50K);
            assertThat(row.getHelpNeeded()).isEqualTo("Trouver un second local à Beaune.");
            assertThat(row.isSupportRequested()).isFalse();
            assertThat(row.getRecordedBy()).isEqualTo(ADVISOR);
        });
        Job next = managementService.createJobQuery().processInstanceId(followUp.getId()).timers().singleResult();
        assertThat(LocalDateTime.ofInstant(next.getDuedate().toInstant(), PARIS))
                .isEqualTo(createdOn.plusMonths(12).atTime(9, 0));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> timeline = (List<Map<String, Object>>) api.get(ADVISOR, reference).getBody()
                .get("timeline");
        assertThat(timeline).extracting(e -> e.get("label"))
                .contains("Suivi post-création à 6 mois : activité en cours");
    }

    @Test
    void otherOutcomesHaveNoFollowUp() {
        String reference = journeyClosedWith("SALARIED_JOB", null);

        assertThat(followUpProcess(reference)).isNull();
    }

    private ProcessInstance followUpProcess(String reference) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(PostCreationFollowUpProcess.KEY)
                .processInstanceBusinessKey(reference).singleResult();
    }

    private String journeyClosedWith(String outcome, LocalDate activityCreatedOn) {
        Map<String, Object> participant = JourneyApi.participant("Suivi-" + UUID.randomUUID().toString().substring(0, 6),
                "Meursault");
        String reference = api.opened(ADVISOR, participant);
        String day = today.toString();
        api.receive(ADVISOR, reference, day, "TRADE");
        api.signAgreement(ADVISOR, reference, day);
        api.complete(ADVISOR, reference, Map.of(AppointmentForm.DATE, day, AppointmentForm.TIME, "10:00",
                AppointmentForm.DURATION_MINUTES, 60, AppointmentForm.MODE, "PHONE", AppointmentForm.STEPS_DONE,
                "Camion acheté, tournée définie.", AppointmentForm.DECISION, "CLOSE"));
        Map<String, Object> review = new HashMap<>();
        review.put(FinalReviewForm.OUTCOME, outcome);
        review.put(FinalReviewForm.OUTCOME_DATE, day);
        review.put(FinalReviewForm.PATH_SUMMARY, "Parcours de six mois, prévisionnel validé.");
        if (activityCreatedOn != null) {
            review.put(FinalReviewForm.LEGAL_FORM, "MICRO_ENTREPRISE");
            review.put(FinalReviewForm.ACTIVITY_CREATED_ON, activityCreatedOn.toString());
            review.put(FinalReviewForm.JOBS_CREATED, 1);
        }
        api.complete(ADVISOR, reference, review);
        return reference;
    }
}
