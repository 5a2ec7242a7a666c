package fr.poleess.support.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.poleess.support.HttpTestClient;
import fr.poleess.support.PostgresIntegrationTest;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.journey.JourneyProcess.ReceptionForm;
import fr.poleess.support.journey.JourneyProcess.Variables;
import fr.poleess.support.journey.JourneyStatus;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.messaging.MessageDeliveryProcess;
import fr.poleess.support.messaging.MessageKind;
import fr.poleess.support.messaging.MessageStatus;
import fr.poleess.support.messaging.Messages;
import fr.poleess.support.messaging.Outbox;
import fr.poleess.support.messaging.OutboxMessage;
import fr.poleess.support.shared.InvalidInputException;

/**
 * The attacks of the security review replayed over real HTTP with the demo accounts, on {@code /engine-rest} and on
 * the webapps' engine API: taking over a journey through {@code journeyId}, touching process-less jobs,
 * signals, other territories' statistics and task ids; and the allow-list checked the other way, each
 * refused call next to the legitimate one that still works.
 */
class EngineApiSecurityIntegrationTest extends PostgresIntegrationTest {

    private static final String BEAUNE = "conseiller.beaune";
    private static final String CHATILLON = "conseiller.chatillon";
    private static final String DIJON = "conseiller.dijon";
    private static final String MANAGER = "responsable";
    private static final String PASSWORD = "demo";
    private static final String ENGINE_REST = "/engine-rest";
    private static final String WEBAPP = "/camunda/api/engine/engine/default";

    @LocalServerPort
    int port;
    @Autowired
    Journeys journeys;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    Messages messages;
    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transactions;

    HttpTestClient http;
    String today;

    @BeforeEach
    void client() {
        http = new HttpTestClient(port);
        today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
    }

    // ---- Finding 1: journey takeover through journeyId ------------------------------------------------

    @Test
    void noStartThroughTheEngineCanTakeOverAnotherTerritorysJourney() throws Exception {
        Journey chatillon = open(CHATILLON, "Châtillon-sur-Seine");
        String body = """
                {"variables": {"journeyId": {"value": %d, "type": "Long"},
                               "advisorsGroup": {"value": "advisors-beaune", "type": "String"}}}"""
                .formatted(chatillon.getId());

        // The plain start, with or without start instructions, is not among an advisor's calls at all.
        assertThat(http.postJson(ENGINE_REST + "/process-definition/key/" + JourneyProcess.KEY + "/start", BEAUNE,
                PASSWORD, body).statusCode()).isEqualTo(403);
        ObjectNode withInstructions = (ObjectNode) objectMapper.readTree(body);
        withInstructions.putArray("startInstructions").addObject().put("type", "startBeforeActivity")
                .put("activityId", JourneyProcess.Elements.HOLD_APPOINTMENT);
        assertThat(http.postJson(ENGINE_REST + "/process-definition/key/" + JourneyProcess.KEY + "/start", BEAUNE,
                PASSWORD, withInstructions.toString()).statusCode()).isEqualTo(403);

        // The start form takes its own fields only, on /engine-rest and in Tasklist alike.
        ObjectNode startForm = startForm("Reprise");
        ((ObjectNode) startForm.get("variables")).set(Variables.JOURNEY_ID,
                objectMapper.readTree("{\"value\": %d, \"type\": \"Long\"}".formatted(chatillon.getId())));
        HttpResponse<String> submitted = http.postJson(ENGINE_REST + "/process-definition/key/" + JourneyProcess.KEY
                + "/submit-form", BEAUNE, PASSWORD, startForm.toString());
        assertThat(submitted.statusCode()).isEqualTo(400);
        assertThat(submitted.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(objectMapper.readTree(submitted.body()).path("detail").asText()).contains("journeyId")
                .contains("Seuls les champs du formulaire");
        HttpTestClient tasklist = tasklist(BEAUNE);
        assertThat(tasklist.send(tasklist.webappRequest(WEBAPP + "/process-definition/key/" + JourneyProcess.KEY
                + "/submit-form").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(startForm.toString()))).statusCode()).isEqualTo(400);
        ObjectNode withBusinessKey = startForm("Clé");
        withBusinessKey.put("businessKey", chatillon.getReference());
        assertThat(http.postJson(ENGINE_REST + "/process-definition/key/" + JourneyProcess.KEY + "/submit-form", BEAUNE,
                PASSWORD, withBusinessKey.toString()).statusCode()).isEqualTo(400);

        // Even a start that passes every door (the engine's Java API, as an administrator could) is refused by
        // the registration step, which never trusts a journeyId it is given.
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(JourneyProcess.KEY, Map.of(
                Variables.JOURNEY_ID, chatillon.getId(), Variables.ADVISORS_GROUP, "advisors-beaune")))
                .satisfies(e -> assertThat(refusal(e).getMessage()).contains("journeyId"));

        Journey after = journeys.findById(chatillon.getId()).orElseThrow();
        assertThat(after.getProcessInstanceId()).isEqualTo(chatillon.getProcessInstanceId());
        assertThat(after.getStatus()).isEqualTo(JourneyStatus.RECEPTION);
        assertThat(taskService.createTaskQuery().processInstanceId(chatillon.getProcessInstanceId()).count()).isOne();

        // The legitimate start form still opens a journey, in the advisor's own territory.
        HttpResponse<String> legitimate = http.postJson(ENGINE_REST + "/process-definition/key/" + JourneyProcess.KEY
                + "/submit-form", BEAUNE, PASSWORD, startForm("Légitime").toString());
        assertThat(legitimate.statusCode()).as(legitimate.body()).isEqualTo(200);
        String instance = objectMapper.readTree(legitimate.body()).path("id").asText();
        assertThat(journeys.findByProcessInstanceId(instance)).hasValueSatisfying(
                journey -> assertThat(journey.getTerritoryCode()).isEqualTo("BEA"));
    }

    @Test
    void completingOnesOwnReceptionWithAnotherJourneysIdIsRefused() throws Exception {
        Journey beaune = open(BEAUNE, "Meursault");
        Journey dijon = open(DIJON, "Longecourt-en-Plaine");
        String taskId = receptionTask(beaune).getId();
        assertThat(http.postJson(ENGINE_REST + "/task/" + taskId + "/claim", BEAUNE, PASSWORD,
                "{\"userId\": \"" + BEAUNE + "\"}").statusCode()).isEqualTo(204);
        Map<String, Object> forged = reception("POSTPONED");
        forged.put(Variables.JOURNEY_ID, dijon.getId());

        for (String call : List.of("submit-form", "complete", "resolve")) {
            HttpResponse<String> refused = http.postJson(ENGINE_REST + "/task/" + taskId + "/" + call, BEAUNE,
                    PASSWORD, variables(forged));
            assertThat(refused.statusCode()).as(call + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.body()).contains("journeyId");
        }
        HttpTestClient tasklist = tasklist(BEAUNE);
        assertThat(tasklist.send(tasklist.webappRequest(WEBAPP + "/task/" + taskId + "/submit-form")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(variables(forged)))).statusCode()).isEqualTo(400);
        // Nor may identity or routing be set beside the form, on the task or the instance.
        assertThat(http.postJson(ENGINE_REST + "/task/" + taskId + "/variables", BEAUNE, PASSWORD,
                "{\"modifications\": {\"journeyId\": {\"value\": " + dijon.getId() + "}}}").statusCode()).isEqualTo(403);
        for (String user : List.of(BEAUNE, MANAGER)) {
            assertThat(http.send(http.request(ENGINE_REST + "/process-instance/" + beaune.getProcessInstanceId()
                    + "/variables/journeyId", user, PASSWORD).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"value\": " + dijon.getId() + ", \"type\": \"Long\"}")))
                    .statusCode()).as(user).isEqualTo(403);
            assertThat(http.postJson(ENGINE_REST + "/process-instance/" + beaune.getProcessInstanceId()
                    + "/modification", user, PASSWORD, "{\"instructions\": [{\"type\": \"startBeforeActivity\","
                            + " \"activityId\": \"Task_FinalReview\"}]}").statusCode()).as(user).isEqualTo(403);
        }

        // Behind the door, the listener takes the journey from its process instance and refuses the copy.
        assertThatThrownBy(() -> taskService.complete(taskId, forged))
                .satisfies(e -> assertThat(refusal(e).getMessage()).contains("journeyId"));

        assertThat(journeys.findById(dijon.getId()).orElseThrow().getStatus()).isEqualTo(JourneyStatus.RECEPTION);
        assertThat(journeys.findById(beaune.getId()).orElseThrow().getStatus()).isEqualTo(JourneyStatus.RECEPTION);
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();

        // The form's own fields still complete the task, and move the right journey on.
        HttpResponse<String> legitimate = http.postJson(ENGINE_REST + "/task/" + taskId + "/submit-form", BEAUNE,
                PASSWORD, variables(reception("AGREEMENT")));
        assertThat(legitimate.statusCode()).as(legitimate.body()).isEqualTo(204);
        assertThat(journeys.findById(beaune.getId()).orElseThrow().getStatus()).isEqualTo(JourneyStatus.AGREEMENT);
        assertThat(journeys.findById(dijon.getId()).orElseThrow().getStatus()).isEqualTo(JourneyStatus.RECEPTION);
    }

    @Test
    void aSubProcessStepTakesItsRowFromItsInstanceNotFromAVariable() throws Exception {
        // No e-mail address: each message becomes « Appeler le porteur de projet » for the referent's team.
        Journey journey = open(BEAUNE, "Meursault");
        OutboxMessage first = transactions.execute(status -> messages.toParticipant(journey.getId(),
                MessageKind.INACTIVITY_INVITATION, Map.of()));
        OutboxMessage second = transactions.execute(status -> messages.toParticipant(journey.getId(),
                MessageKind.INACTIVITY_INVITATION, Map.of()));
        // What only an administrator could do through the engine APIs: point the first call at the second message.
        runtimeService.setVariable(first.getProcessInstanceId(), MessageDeliveryProcess.Variables.MESSAGE_ID,
                second.getId());
        Task call = taskService.createTaskQuery().processInstanceId(first.getProcessInstanceId()).singleResult();

        assertThatThrownBy(() -> taskService.complete(call.getId()))
                .satisfies(e -> assertThat(refusal(e).getMessage()).contains("messageId"));
        assertThat(outbox.require(second.getId()).getStatus()).isEqualTo(MessageStatus.CALL_REQUESTED);
        assertThat(outbox.require(first.getId()).getStatus()).isEqualTo(MessageStatus.CALL_REQUESTED);

        // With the copy put back, the call is recorded on the message of its own instance.
        runtimeService.setVariable(first.getProcessInstanceId(), MessageDeliveryProcess.Variables.MESSAGE_ID,
                first.getId());
        taskService.setAssignee(call.getId(), BEAUNE);
        taskService.complete(call.getId());
        assertThat(outbox.require(first.getId()).getStatus()).isEqualTo(MessageStatus.CALLED);
        assertThat(outbox.require(second.getId()).getStatus()).isEqualTo(MessageStatus.CALL_REQUESTED);
    }

    // ---- Finding 3 and the smaller ones ------------------------------------------------------------

    @Test
    void jobsOfNoProcessSignalsAndMessagesAreOutOfReach() {
        Job cleanup = historyService.cleanUpHistoryAsync(true);
        assertThat(cleanup.getProcessInstanceId()).isNull();
        String job = ENGINE_REST + "/job/" + cleanup.getId();

        assertThat(http.send(http.request(job, BEAUNE, PASSWORD).DELETE()).statusCode()).isEqualTo(403);
        assertThat(http.postJson(job + "/execute", BEAUNE, PASSWORD, "{}").statusCode()).isEqualTo(403);
        for (String user : List.of(BEAUNE, MANAGER)) {
            assertThat(put(job + "/retries", user, "{\"retries\": 0}").statusCode()).as(user).isEqualTo(403);
            assertThat(put(job + "/duedate", user, "{\"duedate\": \"2099-01-01T00:00:00.000+0100\"}").statusCode())
                    .as(user).isEqualTo(403);
            assertThat(put(ENGINE_REST + "/job-definition/" + cleanup.getJobDefinitionId() + "/suspended", user,
                    "{\"suspended\": true}").statusCode()).as(user).isEqualTo(403);
        }
        Job still = managementService.createJobQuery().jobId(cleanup.getId()).singleResult();
        assertThat(still).isNotNull();
        assertThat(still.getRetries()).isEqualTo(cleanup.getRetries());

        for (String user : List.of(BEAUNE, MANAGER)) {
            assertThat(http.postJson(ENGINE_REST + "/signal", user, PASSWORD, "{\"name\": \"anything\"}").statusCode())
                    .as(user).isEqualTo(403);
            assertThat(http.postJson(ENGINE_REST + "/message", user, PASSWORD,
                    "{\"messageName\": \"" + JourneyProcess.Messages.ATTENDANCE_RECORDED + "\"}").statusCode())
                    .as(user).isEqualTo(403);
        }
        // A sample of other calls outside the list.
        for (String path : List.of("/deployment", "/decision-definition/key/territory-routing/evaluate",
                "/history/cleanup", "/external-task/fetchAndLock", "/process-instance/delete", "/batch")) {
            assertThat(http.postJson(ENGINE_REST + path, BEAUNE, PASSWORD, "{}").statusCode()).as(path).isEqualTo(403);
        }
        assertThat(http.get(ENGINE_REST + "/process-instance", BEAUNE, PASSWORD).statusCode()).isEqualTo(403);
        assertThat(http.get(ENGINE_REST + "/history/process-instance", BEAUNE, PASSWORD).statusCode()).isEqualTo(403);
        assertThat(http.get(ENGINE_REST + "/engine/other/task", BEAUNE, PASSWORD).statusCode()).isEqualTo(403);
        // The administrator keeps the whole API.
        assertThat(http.get(ENGINE_REST + "/job/" + cleanup.getId(), "admin", PASSWORD).statusCode()).isEqualTo(200);
        assertThat(http.get(ENGINE_REST + "/deployment?firstResult=0&maxResults=50", "admin", PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void aTasklistSessionDoesNotReadCockpitsStatisticsButCockpitDoes() {
        HttpTestClient tasklist = tasklist(BEAUNE);
        assertThat(tasklist.get(WEBAPP + "/process-definition/statistics").statusCode()).isEqualTo(403);
        assertThat(tasklist.get(WEBAPP + "/process-definition/key/" + JourneyProcess.KEY + "/statistics").statusCode())
                .isEqualTo(403);
        assertThat(tasklist.get(WEBAPP + "/process-instance/count").statusCode()).isEqualTo(403);
        assertThat(http.get(ENGINE_REST + "/process-definition/statistics", BEAUNE, PASSWORD).statusCode())
                .isEqualTo(403);
        // What Tasklist itself reads still answers.
        assertThat(tasklist.get(WEBAPP + "/process-definition?latest=true&active=true&startableInTasklist=true"
                + "&startablePermissionCheck=true&firstResult=0&maxResults=15").statusCode()).isEqualTo(200);
        assertThat(tasklist.get(WEBAPP + "/filter?resourceType=Task&firstResult=0&maxResults=2000").statusCode()).isEqualTo(200);

        HttpTestClient cockpit = new HttpTestClient(port);
        assertThat(cockpit.webappLogin("cockpit", MANAGER, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(cockpit.get(WEBAPP + "/process-definition/statistics").statusCode()).isEqualTo(200);
        assertThat(cockpit.get(WEBAPP + "/process-instance/count").statusCode()).isEqualTo(200);
        assertThat(cockpit.send(cockpit.webappRequest(WEBAPP + "/history/process-instance/count")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")))
                .statusCode()).isEqualTo(200);
    }

    @Test
    void anotherTerritorysTaskAnswersExactlyLikeATaskThatDoesNotExist() throws Exception {
        Journey chatillon = open(CHATILLON, "Montbard");
        String hidden = receptionTask(chatillon).getId();
        String missing = UUID.randomUUID().toString();
        HttpTestClient tasklist = tasklist(BEAUNE);

        for (String sub : List.of("", "/variables", "/variables/journeyId", "/form-variables", "/identity-links",
                "/comment", "/deployed-form")) {
            HttpResponse<String> other = http.get(ENGINE_REST + "/task/" + hidden + sub, BEAUNE, PASSWORD);
            HttpResponse<String> none = http.get(ENGINE_REST + "/task/" + missing + sub, BEAUNE, PASSWORD);
            assertThat(other.statusCode()).as(sub).isEqualTo(404).isEqualTo(none.statusCode());
            assertThat(withoutInstance(other.body())).as(sub).isEqualTo(withoutInstance(none.body()));
            assertThat(other.body()).doesNotContain(hidden.substring(0, 8) + "'").doesNotContain("Authorization");
            assertThat(tasklist.get(WEBAPP + "/task/" + hidden + sub).statusCode()).as(sub).isEqualTo(404);
        }
        assertThat(http.postJson(ENGINE_REST + "/task/" + hidden + "/claim", BEAUNE, PASSWORD,
                "{\"userId\": \"" + BEAUNE + "\"}").statusCode()).isEqualTo(404);
        // Its own team reads it.
        assertThat(http.get(ENGINE_REST + "/task/" + hidden, CHATILLON, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(http.get(ENGINE_REST + "/task/" + hidden + "/form-variables", CHATILLON, PASSWORD).statusCode())
                .isEqualTo(200);
    }

    @Test
    void anEngineErrorAnswersInFrenchWithoutJavaClassNames() throws Exception {
        BpmnModelInstance broken = Bpmn.createExecutableProcess("EngineErrorTest").camundaHistoryTimeToLive(1)
                .startEvent().serviceTask("Task_Broken").camundaExpression("${noSuchBean.run()}").endEvent().done();
        repositoryService.createDeployment().name("engine-error-test").addModelInstance("engine-error.bpmn", broken)
                .enableDuplicateFiltering(true).deploy();

        HttpResponse<String> failed = http.postJson(ENGINE_REST + "/process-definition/key/EngineErrorTest/start",
                "admin", PASSWORD, "{}");

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = objectMapper.readTree(failed.body());
        assertThat(problem.path("title").asText()).isEqualTo("Erreur du moteur de processus");
        assertThat(problem.path("detail").asText()).contains("référence");
        assertThat(failed.body()).doesNotContain("Exception").doesNotContain("org.camunda").doesNotContain("java.")
                .doesNotContain("noSuchBean");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** Our French refusal, however deep the engine wrapped it. */
    private static InvalidInputException refusal(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException refusal) {
                return refusal;
            }
        }
        throw new AssertionError("not refused by our rules: " + thrown, thrown);
    }

    private Journey open(String user, String commune) throws Exception {
        String json = """
                {"firstName": "Test", "lastName": "Sécurité-%s", "phone": "06 12 34 56 78", "commune": "%s",
                 "birthYear": 1990, "gender": "FEMALE", "situation": "JOB_SEEKER", "consentGiven": true}"""
                .formatted(UUID.randomUUID().toString().substring(0, 6), commune);
        HttpResponse<String> created = http.postJson("/api/journeys", user, PASSWORD, json);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return journeys.findByReference(objectMapper.readTree(created.body()).path("reference").asText()).orElseThrow();
    }

    private Task receptionTask(Journey journey) {
        return taskService.createTaskQuery().processInstanceId(journey.getProcessInstanceId())
                .taskDefinitionKey(JourneyProcess.Elements.HOLD_RECEPTION).singleResult();
    }

    private ObjectNode startForm(String lastName) throws Exception {
        return (ObjectNode) objectMapper.readTree("""
                {"variables": {
                  "firstName": {"value": "Test", "type": "String"},
                  "lastName": {"value": "%s", "type": "String"},
                  "commune": {"value": "Meursault", "type": "String"},
                  "postalCode": {"value": "21190", "type": "String"},
                  "phone": {"value": "06 12 34 56 78", "type": "String"},
                  "birthYear": {"value": 1990, "type": "Integer"},
                  "gender": {"value": "FEMALE", "type": "String"},
                  "situation": {"value": "JOB_SEEKER", "type": "String"},
                  "consentGiven": {"value": true, "type": "Boolean"}
                }}""".formatted(lastName));
    }

    private Map<String, Object> reception(String decision) {
        Map<String, Object> form = new HashMap<>();
        form.put(ReceptionForm.DATE, today);
        form.put(ReceptionForm.MODE, "OUTREACH_DESK");
        form.put(ReceptionForm.PROJECT_SUMMARY, "Atelier de poterie et cours pour enfants.");
        form.put(ReceptionForm.PROJECT_SECTOR, "CRAFTS");
        form.put(ReceptionForm.DECISION, decision);
        return form;
    }

    private String variables(Map<String, Object> values) throws Exception {
        ObjectNode body = objectMapper.createObjectNode();
        ObjectNode variables = body.putObject("variables");
        values.forEach((name, value) -> {
            ObjectNode variable = variables.putObject(name);
            variable.putPOJO("value", value);
            variable.put("type", value instanceof Number ? "Long" : "String");
        });
        return objectMapper.writeValueAsString(body);
    }

    private HttpTestClient tasklist(String user) {
        HttpTestClient browser = new HttpTestClient(port);
        assertThat(browser.webappLogin("tasklist", user, PASSWORD).statusCode()).isEqualTo(200);
        return browser;
    }

    private HttpResponse<String> put(String path, String user, String json) {
        return http.send(http.request(path, user, PASSWORD).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private String withoutInstance(String body) throws Exception {
        JsonNode node = objectMapper.readTree(body);
        if (node instanceof ObjectNode object) {
            object.remove("instance");
        }
        return node.toString();
    }
}
