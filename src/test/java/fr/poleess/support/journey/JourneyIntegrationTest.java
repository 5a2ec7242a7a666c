package fr.poleess.support.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
import fr.poleess.support.agreement.SupportAgreement;
import fr.poleess.support.agreement.SupportAgreements;
import fr.poleess.support.appointment.Appointments;
import fr.poleess.support.closure.OutcomeKind;
import fr.poleess.support.closure.Outcomes;
import fr.poleess.support.journey.JourneyProcess.AgreementPreparationForm;
import fr.poleess.support.journey.JourneyProcess.AgreementSignatureForm;
import fr.poleess.support.journey.JourneyProcess.AppointmentForm;
import fr.poleess.support.journey.JourneyProcess.Elements;
import fr.poleess.support.journey.JourneyProcess.FinalReviewForm;
import fr.poleess.support.journey.JourneyProcess.ReceptionForm;
import fr.poleess.support.messaging.MessageKind;
import fr.poleess.support.messaging.Outbox;
import fr.poleess.support.reception.Receptions;

/**
 * A whole journey over HTTP on PostgreSQL: opened through {@code POST /api/journeys}, worked through
 * Camunda's engine REST API as the Beaune advisor, each step leaving its domain rows; bad values
 * refused in French with nothing written; another territory's advisor sees nothing of it.
 */
class JourneyIntegrationTest extends PostgresIntegrationTest {

    static final String BEAUNE = "conseiller.beaune";
    static final String CHATILLON = "conseiller.chatillon";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    Journeys journeys;
    @Autowired
    Receptions receptions;
    @Autowired
    SupportAgreements agreements;
    @Autowired
    Appointments appointments;
    @Autowired
    Outcomes outcomes;
    @Autowired
    ManagementService managementService;
    @Autowired
    Outbox outbox;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    JourneyApi api;
    final String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();

    @BeforeEach
    void client() {
        rest.getRestTemplate().setUriTemplateHandler(new DefaultUriBuilderFactory("http://127.0.0.1:" + port));
        api = new JourneyApi(rest);
    }

    @Test
    void aJourneyOpenedThroughTheApiAndWorkedThroughTheEngineRestApiWritesEachDomainRow() {
        ResponseEntity<Map<String, Object>> opened = api.open(BEAUNE, JourneyApi.participant(unique("Moreau"), "meursault"));

        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String reference = (String) opened.getBody().get("reference");
        assertThat(reference).matches("BEA-\\d{4}-\\d{4}");
        assertThat(opened.getHeaders().getLocation()).hasToString("/api/journeys/" + reference);
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .singleResult();
        assertThat(instance).isNotNull();
        Journey journey = journeys.findByReference(reference).orElseThrow();
        assertThat(journey.getProcessInstanceId()).isEqualTo(instance.getId());
        assertThat(journey.getParticipant().getCommuneName()).isEqualTo("Meursault");
        Task reception = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(reception.getTaskDefinitionKey()).isEqualTo(Elements.HOLD_RECEPTION);
        assertThat(taskService.getIdentityLinksForTask(reception.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("advisors-beaune"));

        api.complete(BEAUNE, reference, receptionForm("AGREEMENT"));
        assertThat(receptions.findByJourneyId(journey.getId())).isPresent();
        assertThat(journeys.findByReference(reference).orElseThrow().getReferentAdvisor()).isEqualTo(BEAUNE);
        Task preparation = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(preparation.getTaskDefinitionKey()).isEqualTo(Elements.PREPARE_AGREEMENT);
        assertThat(preparation.getAssignee()).isEqualTo(BEAUNE);

        api.complete(BEAUNE, reference, Map.of(AgreementPreparationForm.START_DATE, today,
                AgreementPreparationForm.DURATION_MONTHS, 9,
                AgreementPreparationForm.OBJECTIVES, "Construire le prévisionnel et trouver un local.",
                AgreementPreparationForm.PLANNED_ACTIVITIES, List.of("THEMATIC_WORKSHOPS", "BREAKFAST")));
        api.complete(BEAUNE, reference, Map.of(AgreementSignatureForm.SIGNED_ON, today, AgreementSignatureForm.CONFIRMED,
                true));
        SupportAgreement agreement = agreements.findByJourneyId(journey.getId()).orElseThrow();
        assertThat(agreement.getSignedOn()).hasToString(today);
        assertThat(agreement.getPlannedEndDate()).isEqualTo(LocalDate.parse(today).plusMonths(9));
        assertThat(runtimeService.getVariable(instance.getId(), JourneyProcess.Variables.AGREEMENT_END_DATE)).isNotNull();
        assertThat(journeys.findByReference(reference).orElseThrow().getStatus()).isEqualTo(JourneyStatus.IN_PROGRESS);

        api.complete(BEAUNE, reference, appointmentForm("CONTINUE"));
        api.complete(BEAUNE, reference, appointmentForm("CLOSE"));
        assertThat(appointments.findByJourneyIdOrderByHeldAt(journey.getId())).hasSize(2);

        api.complete(BEAUNE, reference, Map.of(FinalReviewForm.OUTCOME, "ACTIVITY_CREATED",
                FinalReviewForm.OUTCOME_DATE, today, FinalReviewForm.PATH_SUMMARY, "Atelier de poterie ouvert à Meursault.",
                FinalReviewForm.LEGAL_FORM, "MICRO_ENTREPRISE", FinalReviewForm.ACTIVITY_CREATED_ON, today,
                FinalReviewForm.SIRET, "41200000000106", FinalReviewForm.JOBS_CREATED, 1));

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(outcomes.findById(journey.getId()).orElseThrow().getKind()).isEqualTo(OutcomeKind.ACTIVITY_CREATED);
        assertThat(journeys.findByReference(reference).orElseThrow().getStatus()).isEqualTo(JourneyStatus.CLOSED);
        // The raw form values do not stay in the process: it keeps ids and decisions.
        assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance.getId()).count()).isZero();

        Map<String, Object> detail = api.get(BEAUNE, reference).getBody();
        assertThat(detail).containsKeys("reception", "agreement", "appointments", "outcome", "timeline");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> timeline = (List<Map<String, Object>>) detail.get("timeline");
        assertThat(timeline).extracting(e -> e.get("kind")).contains("OPENED", "RECEPTION", "AGREEMENT_PREPARED",
                "AGREEMENT_SIGNED", "APPOINTMENT", "CLOSED", "TASK_COMPLETED");
    }

    @Test
    void anAgreementNeverSignedIsRemindedThenAbandoned() {
        String reference = (String) api.open(BEAUNE, JourneyApi.participant(unique("Garnier"), "meursault")).getBody()
                .get("reference");
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .singleResult();
        Journey journey = journeys.findByReference(reference).orElseThrow();
        api.complete(BEAUNE, reference, receptionForm("AGREEMENT"));
        api.complete(BEAUNE, reference, Map.of(AgreementPreparationForm.START_DATE, today,
                AgreementPreparationForm.DURATION_MONTHS, 6,
                AgreementPreparationForm.OBJECTIVES, "Tester l'activité de traiteur sur les marchés."));

        managementService.executeJob(timer(instance, Elements.AGREEMENT_UNSIGNED_REMINDER));
        assertThat(outbox.findByJourneyIdOrderByCreatedAt(journey.getId()))
                .anySatisfy(message -> {
                    assertThat(message.getKind()).isEqualTo(MessageKind.AGREEMENT_SIGNATURE_REMINDER);
                    assertThat(message.getSubject()).isEqualTo("Votre contrat d'accompagnement attend votre signature");
                    assertThat(message.getBody()).contains("n'est pas encore signé");
                });
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).list())
                .extracting(Task::getTaskDefinitionKey)
                .containsExactlyInAnyOrder(Elements.SIGN_AGREEMENT, Elements.FOLLOW_UP_UNSIGNED_AGREEMENT);
        // The referent's call is left undone: abandoning the journey must still end everything.

        managementService.executeJob(timer(instance, Elements.AGREEMENT_UNSIGNED));
        Task decision = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(Elements.DECIDE_UNSIGNED_AGREEMENT).singleResult();
        assertThat(decision.getTaskDefinitionKey()).isEqualTo(Elements.DECIDE_UNSIGNED_AGREEMENT);
        assertThat(decision.getAssignee()).isEqualTo(BEAUNE);
        taskService.complete(decision.getId(), Map.of(JourneyProcess.UnsignedAgreementDecisionForm.DECISION, "ABANDON",
                JourneyProcess.UnsignedAgreementDecisionForm.COMMENT, "Injoignable depuis un mois."));

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(outcomes.findById(journey.getId()).orElseThrow().getKind()).isEqualTo(OutcomeKind.ABANDONED);
        Journey closed = journeys.findByReference(reference).orElseThrow();
        assertThat(closed.getStatus()).isEqualTo(JourneyStatus.CLOSED);
        assertThat(closed.getClosedOn()).isNotNull();
    }

    @Test
    void sixWeeksWithoutAppointmentInvitesTheParticipantThenTheReferentClosesAsAbandoned() {
        String reference = (String) api.open(BEAUNE, JourneyApi.participant(unique("Lambert"), "meursault")).getBody()
                .get("reference");
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .singleResult();
        Journey journey = journeys.findByReference(reference).orElseThrow();
        api.complete(BEAUNE, reference, receptionForm("AGREEMENT"));
        api.complete(BEAUNE, reference, Map.of(AgreementPreparationForm.START_DATE, today,
                AgreementPreparationForm.DURATION_MONTHS, 6,
                AgreementPreparationForm.OBJECTIVES, "Ouvrir un atelier de réparation de vélos."));
        api.complete(BEAUNE, reference, Map.of(AgreementSignatureForm.SIGNED_ON, today, AgreementSignatureForm.CONFIRMED,
                true));

        managementService.executeJob(timer(instance, Elements.INACTIVITY_CHASE));
        assertThat(outbox.findByJourneyIdOrderByCreatedAt(journey.getId()))
                .anySatisfy(message -> {
                    assertThat(message.getKind()).isEqualTo(MessageKind.INACTIVITY_INVITATION);
                    assertThat(message.getSubject()).isEqualTo("Des nouvelles de votre projet ?");
                    assertThat(message.getBody()).contains("où en est votre projet");
                });
        Task chase = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(Elements.CHASE_PARTICIPANT).singleResult();
        assertThat(chase.getName()).isEqualTo("Relancer le porteur de projet");
        assertThat(chase.getAssignee()).isEqualTo(BEAUNE);
        assertThat(api.submit(BEAUNE, chase.getId(), Map.of(JourneyProcess.InactivityChaseForm.CONTACT_RESUMED, "NO"))
                .getStatusCode().is2xxSuccessful()).isTrue();

        managementService.executeJob(timer(instance, Elements.INACTIVITY_DECISION_DUE));
        Task decision = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(Elements.DECIDE_AFTER_INACTIVITY).singleResult();
        assertThat(api.submit(BEAUNE, decision.getId(), Map.of(JourneyProcess.InactivityDecisionForm.DECISION, "ABANDON",
                JourneyProcess.InactivityDecisionForm.COMMENT, "Injoignable depuis deux mois.")).getStatusCode()
                .is2xxSuccessful()).isTrue();

        Task finalReview = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(finalReview.getTaskDefinitionKey()).as("the appointment task went with the individual path")
                .isEqualTo(Elements.FINAL_REVIEW);
        assertThat(runtimeService.getVariable(instance.getId(), JourneyProcess.Variables.OUTCOME))
                .as("the final review is pre-filled").isEqualTo("ABANDONED");
    }

    private String timer(ProcessInstance instance, String activityId) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                .singleResult().getId();
    }

    @Test
    void aBadFormValueIsRefusedInFrenchAndNothingIsWritten() {
        String reference = (String) api.open(BEAUNE, JourneyApi.participant(unique("Faure"), "Beaune")).getBody()
                .get("reference");
        String taskId = (String) api.tasks(BEAUNE, reference).get(0).get("id");
        api.claim(BEAUNE, taskId);
        Map<String, Object> form = receptionForm("AGREEMENT");
        form.put(ReceptionForm.DATE, LocalDate.parse(today).plusDays(3).toString());
        form.remove(ReceptionForm.PROJECT_SUMMARY);

        ResponseEntity<String> refused = api.submit(BEAUNE, taskId, form);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("Date de l'accueil : ne peut pas être dans le futur")
                .contains("Projet en quelques mots : est obligatoire");
        Journey journey = journeys.findByReference(reference).orElseThrow();
        assertThat(receptions.findByJourneyId(journey.getId())).isEmpty();
        assertThat(journey.getStatus()).isEqualTo(JourneyStatus.RECEPTION);
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
    }

    @Test
    void anAdvisorOfAnotherTerritoryCannotListReadOrCompleteTheJourney() {
        String reference = (String) api.open(BEAUNE, JourneyApi.participant(unique("Lambert"), "Nolay")).getBody()
                .get("reference");
        String taskId = (String) api.tasks(BEAUNE, reference).get(0).get("id");

        assertThat(api.get(CHATILLON, reference).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.get(CHATILLON, reference).getBody().toString()).doesNotContain("Lambert");
        assertThat(api.list(CHATILLON, "").getBody()).extracting(j -> j.get("reference")).doesNotContain(reference);
        assertThat(api.list(BEAUNE, "?territory=BEA&status=RECEPTION").getBody()).extracting(j -> j.get("reference"))
                .contains(reference);
        assertThat(api.tasks(CHATILLON, reference)).isEmpty();
        assertThat(api.claim(CHATILLON, taskId).getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(api.submit(CHATILLON, taskId, receptionForm("AGREEMENT")).getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
        assertThat(api.get("responsable", reference).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aManagerWhoReassignsATaskHandsTheJourneyToTheNewAdvisor() {
        String reference = (String) api.open(BEAUNE, JourneyApi.participant(unique("Girard"), "Santenay")).getBody()
                .get("reference");
        api.complete(BEAUNE, reference, receptionForm("AGREEMENT"));
        String taskId = (String) api.tasks(BEAUNE, reference).get(0).get("id");

        ResponseEntity<String> reassigned = rest.withBasicAuth("responsable", JourneyApi.PASSWORD).postForEntity(
                "/engine-rest/task/" + taskId + "/assignee", Map.of("userId", "conseiller.dijon"), String.class);

        assertThat(reassigned.getStatusCode().is2xxSuccessful()).as(reassigned.getBody()).isTrue();
        assertThat(journeys.findByReference(reference).orElseThrow().getReferentAdvisor()).isEqualTo("conseiller.dijon");
        String instanceId = taskService.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
        assertThat(runtimeService.getVariable(instanceId, JourneyProcess.Variables.REFERENT_ADVISOR))
                .isEqualTo("conseiller.dijon");
        assertThat(rest.withBasicAuth(BEAUNE, JourneyApi.PASSWORD).postForEntity("/engine-rest/task/" + taskId
                + "/assignee", Map.of("userId", BEAUNE), String.class).getStatusCode().is2xxSuccessful())
                .as("an advisor cannot reassign").isFalse();
    }

    @Test
    void invalidJsonGetsAProblemNamingEachBadField() {
        Map<String, Object> participant = JourneyApi.participant("", "Beaune");
        participant.put("birthYear", 1890);
        participant.put("consentGiven", false);
        participant.put("email", "pas-une-adresse");

        ResponseEntity<Map<String, Object>> response = api.open(BEAUNE, participant);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(response.getBody()).containsEntry("title", "Saisie invalide");
        @SuppressWarnings("unchecked")
        List<Map<String, String>> errors = (List<Map<String, String>>) response.getBody().get("errors");
        assertThat(errors).extracting(e -> e.get("field")).containsExactlyInAnyOrder("lastName", "birthYear",
                "consentGiven", "email");

        participant = JourneyApi.participant("Petit", "Beaune");
        participant.put("situation", "RENTIER");
        response = api.open(BEAUNE, participant);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").toString()).contains("situation").contains("RENTIER");

        assertThat(api.get(BEAUNE, "BEA-1999-9999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> badFilter = rest.withBasicAuth(BEAUNE, JourneyApi.PASSWORD)
                .getForEntity("/api/journeys?status=OUVERT", String.class);
        assertThat(badFilter.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badFilter.getBody()).contains("status").contains("OUVERT").contains("n'est pas acceptée");
    }

    @Test
    void aCommuneOfAnotherDepartmentGoesToTheHeadOfficeAndSaysSo() {
        Map<String, Object> participant = JourneyApi.participant(unique("Roy"), "Lyon");
        participant.put("postalCode", "69001");
        ResponseEntity<Map<String, Object>> opened = api.open("responsable", participant);

        String reference = (String) opened.getBody().get("reference");
        assertThat(reference).startsWith("DIJ-");
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
        assertThat(taskService.getIdentityLinksForTask(task.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("advisors-dijon"));
        assertThat(api.get("responsable", reference).getBody().get("participant").toString())
                .contains("communeNote=Commune hors Côte-d'Or : parcours reçu par le siège");
    }

    @Test
    void anyCommuneOfTheDepartmentIsKnownAndAnUnknownOneIsRefusedWithSuggestionsNeverRouted() {
        assertThat(jdbc.queryForObject("select count(*) from commune", Integer.class)).isEqualTo(698);
        assertThat(jdbc.queryForList("select distinct arrondissement from commune", String.class))
                .containsExactlyInAnyOrder("Beaune", "Dijon", "Montbard");

        // A commune that the old demo list lacked, typed without accents and with « St ».
        ResponseEntity<Map<String, Object>> opened = api.open(BEAUNE,
                JourneyApi.participant(unique("Vallet"), "st martin de la mer"));
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat((String) opened.getBody().get("reference")).startsWith("BEA-");
        Journey journey = journeys.findByReference((String) opened.getBody().get("reference")).orElseThrow();
        assertThat(journey.getParticipant().getCommuneName()).isEqualTo("Saint-Martin-de-la-Mer");
        assertThat(journey.getParticipant().getPostalCode()).isEqualTo("21210");

        long before = journeys.count();
        ResponseEntity<Map<String, Object>> refused = api.open(BEAUNE,
                JourneyApi.participant(unique("Vallet"), "Savigny-les-Beaunne"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("detail"))
                .contains("Commune inconnue : vouliez-vous dire Savigny-lès-Beaune (21420) ?");
        Map<String, Object> byCode = JourneyApi.participant(unique("Vallet"), null);
        byCode.put("postalCode", "21200");
        assertThat(api.open(BEAUNE, byCode).getBody().get("errors").toString())
                .contains("le code postal 21200 est celui de").contains("Bouze-lès-Beaune (21200)");
        assertThat(journeys.count()).isEqualTo(before);
    }

    private Map<String, Object> receptionForm(String decision) {
        Map<String, Object> form = new HashMap<>();
        form.put(ReceptionForm.DATE, today);
        form.put(ReceptionForm.MODE, "OUTREACH_DESK");
        form.put(ReceptionForm.PROJECT_SUMMARY, "Atelier de poterie et cours pour enfants.");
        form.put(ReceptionForm.PROJECT_SECTOR, "CRAFTS");
        form.put(ReceptionForm.DECISION, decision);
        return form;
    }

    private Map<String, Object> appointmentForm(String decision) {
        return Map.of(AppointmentForm.DATE, today, AppointmentForm.TIME, "14:30", AppointmentForm.DURATION_MINUTES, 60,
                AppointmentForm.MODE, "VIDEO", AppointmentForm.STEPS_DONE, "Devis du four obtenu.",
                AppointmentForm.DECISION, decision);
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 6);
    }
}
