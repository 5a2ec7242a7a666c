package fr.poleess.support.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.DefaultUriBuilderFactory;

import fr.poleess.support.HttpTestClient;
import fr.poleess.support.PostgresIntegrationTest;

/**
 * What Tasklist gets back when a form breaks a rule: it posts forms to the webapp's own engine API
 * with the advisor's session, and must receive a {@code 400} whose message is our French text alone,
 * not the engine's English wrapping of it.
 */
class TasklistFormRefusalIntegrationTest extends PostgresIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService taskService;

    @Test
    void aRefusedFormAnswers400WithTheFrenchMessageOnly() {
        rest.getRestTemplate().setUriTemplateHandler(new DefaultUriBuilderFactory("http://127.0.0.1:" + port));
        String reference = (String) new JourneyApi(rest).open("conseiller.beaune",
                JourneyApi.participant("Tasklist-" + UUID.randomUUID().toString().substring(0, 6), "Volnay"))
                .getBody().get("reference");
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();
        HttpTestClient browser = new HttpTestClient(port);
        assertThat(browser.webappLogin("tasklist", "conseiller.beaune", "demo").statusCode()).isEqualTo(200);
        String api = "/camunda/api/engine/engine/default/task/" + taskId;
        assertThat(browser.send(browser.webappRequest(api + "/claim").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"conseiller.beaune\"}"))).statusCode())
                .isEqualTo(204);
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(1).toString();
        String form = """
                {"variables": {
                  "receptionDate": {"value": "%s", "type": "String"},
                  "receptionMode": {"value": "PHONE", "type": "String"},
                  "projectSector": {"value": "CRAFTS", "type": "String"},
                  "receptionDecision": {"value": "AGREEMENT", "type": "String"}}}""".formatted(tomorrow);

        HttpResponse<String> refused = browser.send(browser.webappRequest(api + "/submit-form")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(form)));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"message\":\"Saisie à corriger : ")
                .contains("Date de l'accueil : ne peut pas être dans le futur")
                .contains("Projet en quelques mots : est obligatoire")
                .doesNotContain("ENGINE-").doesNotContain("Cannot submit");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
    }

    @Test
    void advisorsSeeWhomEachTaskIsAboutInTheirTaskList() {
        rest.getRestTemplate().setUriTemplateHandler(new DefaultUriBuilderFactory("http://127.0.0.1:" + port));
        String lastName = "Liste-" + UUID.randomUUID().toString().substring(0, 6);
        String reference = (String) new JourneyApi(rest).open("conseiller.beaune", JourneyApi.participant(lastName,
                "Volnay")).getBody().get("reference");
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();
        assertThat(taskService.getVariableLocal(taskId, JourneyProcess.Variables.PARTICIPANT_NAME)).isNotNull();
        HttpTestClient browser = new HttpTestClient(port);
        browser.webappLogin("tasklist", "conseiller.beaune", "demo");

        HttpResponse<String> variables = browser.get("/camunda/api/engine/engine/default/variable-instance?taskIdIn="
                + taskId + "&variableName=participantName&firstResult=0&maxResults=15");

        assertThat(variables.statusCode()).isEqualTo(200);
        assertThat(variables.body()).contains(lastName.toUpperCase(java.util.Locale.FRENCH));
    }
}
