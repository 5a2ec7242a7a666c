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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.poleess.support.PostgresIntegrationTest;
import fr.poleess.support.WebappBrowser;
import fr.poleess.support.journey.JourneyProcess.Elements;
import fr.poleess.support.journey.JourneyProcess.Variables;
import fr.poleess.support.reception.ProjectSector;
import fr.poleess.support.reception.Reception;
import fr.poleess.support.reception.ReceptionDecision;
import fr.poleess.support.reception.ReceptionMode;
import fr.poleess.support.reception.Receptions;

/**
 * An advisor works the "Accueil" task of a new journey in Camunda Tasklist, in a headless Chromium:
 * logs in, finds the task in "Mon territoire", claims it, fills the Camunda Form, is refused once
 * with the server's French message (reception date in the future), corrects it and completes; the
 * engine then waits at the agreement preparation, assigned to them, and the reception is recorded.
 * <p>
 * Runs in {@link WebappBrowser} (skipped without Chromium). Screenshots of each step go to
 * {@code target/tasklist-*.png}, plus {@code tasklist-failure.png/.html} when the test fails.
 */
class TasklistBrowserTest extends PostgresIntegrationTest {

    private static final Path OUTPUT = Path.of("target");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Tasklist's date fields (form-js) read what is typed in the browser's format: French, day/month/year. */
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final String ADVISOR = "conseiller.beaune";

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    Receptions receptions;

    private WebappBrowser browser;
    private ChromeDriver driver;
    private WebDriverWait wait;

    /** Runs before {@code @AfterEach}, while the browser is still open. */
    @RegisterExtension
    final AfterTestExecutionCallback keepEvidenceOfFailure = context -> {
        if (context.getExecutionException().isPresent() && driver != null) {
            screenshot("failure");
            Files.writeString(OUTPUT.resolve("tasklist-failure.html"), driver.getPageSource());
        }
    };

    @RegisterExtension
    static final TestInstancePreConstructCallback REQUIRE_CHROMIUM = WebappBrowser.REQUIRE_CHROMIUM;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = new WebappBrowser(port);
        driver = browser.driver();
        wait = browser.waiting();
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAdvisorHoldsTheReceptionInTasklistAndTheJourneyMovesOnToTheAgreement() throws Exception {
        String lastName = "Navigateur" + randomLetters(8);
        JsonNode journey = openJourney(lastName);
        String reference = journey.path("reference").asText();
        String processInstanceId = journey.path("processInstanceId").asText();
        Task reception = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        assertThat(reception.getTaskDefinitionKey()).isEqualTo(Elements.HOLD_RECEPTION);
        Long journeyId = ((Number) runtimeService.getVariable(processInstanceId, Variables.JOURNEY_ID)).longValue();

        logIn();
        screenshot("01-logged-in");

        // The team's filter lists the new, unassigned task with the participant's name; so does its form.
        String participantName = "Claire " + lastName.toUpperCase(Locale.FRENCH) + " — Meursault";
        click(By.xpath("//*[normalize-space(text())='Mon territoire']"));
        By card = By.xpath("//ol[contains(@class,'tasks-list')]/li[.//span[contains(@class,'variable-value')]"
                + "[@uib-tooltip='" + participantName + "']]//h4/a");
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(card));
        assertThat(link.getText()).isEqualTo("Accueil");
        assertThat(link.getAttribute("href")).endsWith("task=" + reception.getId());
        click(card);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-container"),
                participantName));
        click(By.cssSelector("button.claim"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
        screenshot("02-claimed");

        LocalDate today = LocalDate.now(PARIS);
        typeDate("Date de l'accueil", today.plusDays(30));
        choose("Modalité de l'accueil", "Dans nos locaux");
        type("Projet en quelques mots", "Ouvrir une épicerie solidaire à Meursault d'ici l'automne.");
        choose("Secteur d'activité", "Commerce");
        click(By.xpath("//label[normalize-space()=\"Proposer un contrat d'accompagnement\"]"));
        screenshot("03-filled");

        // form-js accepts a future date; the server refuses it, in French, and records nothing.
        click(completeButton());
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".page-notifications .alert-danger .message")));
        assertThat(error.getText()).contains("Date de l'accueil", "ne peut pas être dans le futur")
                .doesNotContain("ENGINE-", "Exception");
        screenshot("04-refused");
        assertThat(taskService.createTaskQuery().taskId(reception.getId()).count()).as("still open").isEqualTo(1);
        assertThat(receptions.findByJourneyId(journeyId)).isEmpty();
        click(By.cssSelector(".page-notifications .alert-danger button.close.ng-scope"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".page-notifications .alert-danger")));

        typeDate("Date de l'accueil", today);
        click(completeButton());
        wait.until(ignored -> taskService.createTaskQuery().taskId(reception.getId()).count() == 0);
        screenshot("05-completed");

        Task next = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        assertThat(next.getTaskDefinitionKey()).isEqualTo(Elements.PREPARE_AGREEMENT);
        assertThat(next.getName()).isEqualTo("Préparer le contrat d'accompagnement");
        assertThat(next.getAssignee()).isEqualTo(ADVISOR);
        assertThat(runtimeService.getVariable(processInstanceId, Variables.REFERENT_ADVISOR)).isEqualTo(ADVISOR);

        Reception recorded = receptions.findByJourneyId(journeyId).orElseThrow();
        assertThat(recorded.getHeldOn()).isEqualTo(today);
        assertThat(recorded.getMode()).isEqualTo(ReceptionMode.ON_SITE);
        assertThat(recorded.getProjectSector()).isEqualTo(ProjectSector.TRADE);
        assertThat(recorded.getDecision()).isEqualTo(ReceptionDecision.AGREEMENT);
        assertThat(recorded.getAdvisor()).isEqualTo(ADVISOR);
        JsonNode detail = getJourney(reference);
        assertThat(detail.path("reception").path("decision").asText()).isEqualTo("AGREEMENT");
        assertThat(detail.path("reception").path("heldOn").asText()).isEqualTo(today.toString());

        // After a reload, the advisor's own filter shows the next task.
        driver.navigate().refresh();
        click(By.xpath("//*[normalize-space(text())='Mes tâches']"));
        WebElement nextLink = wait.until(ExpectedConditions.visibilityOfElementLocated(taskLink(next.getId())));
        assertThat(nextLink.getText()).isEqualTo("Préparer le contrat d'accompagnement");
        screenshot("06-next-task");
    }

    @Test
    void anAdvisorMovesTheBookedAppointmentFromItsOpenTaskInTasklist() throws Exception {
        LocalDate today = LocalDate.now(PARIS);
        String lastName = "Deplacement" + randomLetters(8);
        String reference = openJourney(lastName).path("reference").asText();
        completeThroughRest(reference, Map.of("receptionDate", today.toString(), "receptionMode", "ON_SITE",
                "projectSummary", "Atelier de céramique.", "projectSector", "CRAFTS", "receptionDecision", "AGREEMENT"));
        completeThroughRest(reference, Map.of("agreementStartDate", today.toString(), "agreementDurationMonths", 12,
                "agreementObjectives", "Trouver un local."));
        completeThroughRest(reference, Map.of("agreementSignedOn", today.toString(), "signatureConfirmed", true));
        completeThroughRest(reference, Map.of("appointmentDate", today.toString(), "appointmentTime", "10:00",
                "appointmentDurationMinutes", 60, "appointmentMode", "ON_SITE", "appointmentDecision", "CONTINUE",
                "nextAppointmentDate", today.plusDays(3).toString(), "nextAppointmentTime", "14:30",
                "nextAppointmentMode", "OUTREACH_DESK"));
        Task booked = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
        assertThat(booked.getTaskDefinitionKey()).isEqualTo(Elements.HOLD_APPOINTMENT);

        logIn();
        click(By.xpath("//*[normalize-space(text())='Mes tâches']"));
        click(taskLink(booked.getId()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-container"), lastName.toUpperCase(Locale.FRENCH)));
        click(By.xpath("//label[normalize-space()=\"Déplacer à une autre date\"]"));
        LocalDate moved = today.plusDays(8);
        typeDate("Nouvelle date", moved);
        By time = By.id(controlId("Nouvelle heure"));
        click(time);
        driver.findElement(time).sendKeys("09:15", Keys.TAB);
        screenshot("move-01-filled");
        click(completeButton());
        wait.until(ignored -> taskService.createTaskQuery().taskId(booked.getId()).count() == 0);
        screenshot("move-02-completed");

        Task next = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
        assertThat(next.getTaskDefinitionKey()).isEqualTo(Elements.HOLD_APPOINTMENT);
        assertThat(java.time.LocalDateTime.ofInstant(next.getDueDate().toInstant(), PARIS)).isEqualTo(moved.atTime(9, 15));
        assertThat(getJourney(reference).path("timeline").toString()).contains("Rendez-vous déplacé");
    }

    /** Claims the journey's single open task and submits its form through the engine REST API. */
    private void completeThroughRest(String reference, Map<String, Object> values) throws Exception {
        HttpResponse<String> tasks = send(api("/engine-rest/task?processInstanceBusinessKey=" + reference + "&firstResult=0&maxResults=10").GET());
        String taskId = objectMapper.readTree(tasks.body()).get(0).path("id").asText();
        send(api("/engine-rest/task/" + taskId + "/claim").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"userId\": \"" + ADVISOR + "\"}")));
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((key, value) -> variables.put(key, Map.of("value", value, "type",
                value instanceof Boolean ? "Boolean" : value instanceof Integer ? "Long" : "String")));
        HttpResponse<String> submitted = send(api("/engine-rest/task/" + taskId + "/submit-form")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(objectMapper.writeValueAsString(Map.of("variables", variables)))));
        assertThat(submitted.statusCode()).as(submitted.body()).isBetween(200, 299);
    }

    private void logIn() {
        browser.logIn("tasklist", ADVISOR);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[normalize-space(text())='Mon territoire']")));
    }

    private static By taskLink(String taskId) {
        return By.cssSelector(".tasks-list a[href$='task=" + taskId + "']");
    }

    private static By completeButton() {
        return By.xpath("//button[normalize-space()='Terminer']");
    }

    /** The id of the form-js control a label (form field label, without the required-asterisk) is for. */
    private String controlId(String label) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[@for][starts-with(normalize-space(), \"" + label + "\")]"))).getAttribute("for");
    }

    private void type(String label, String text) {
        By control = By.id(controlId(label));
        click(control);
        driver.findElement(control).sendKeys(text);
    }

    /** Types into the date picker's text input, replacing what is there; Enter makes flatpickr parse it. */
    private void typeDate(String label, LocalDate date) {
        By control = By.id(controlId(label));
        click(control);
        WebElement input = driver.findElement(control);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(date.format(TYPED_DATE), Keys.ENTER);
        // flatpickr shows the date back without leading zeros (12/1/2026): either form means it took it.
        wait.until(ExpectedConditions.or(ExpectedConditions.attributeToBe(control, "value", date.format(TYPED_DATE)),
                ExpectedConditions.attributeToBe(control, "value", date.format(DateTimeFormatter.ofPattern("M/d/yyyy")))));
    }

    /** Opens a form-js select and picks the option with that label. */
    private void choose(String label, String option) {
        String id = controlId(label);
        click(By.id(id + "-display"));
        click(By.xpath("//*[@id='" + id + "']/ancestor::div[contains(@class,'fjs-form-field')][1]"
                + "//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()=\"" + option + "\"]"));
        wait.until(ExpectedConditions.textToBe(By.id(id + "-display"), option));
    }

    private void click(By locator) {
        browser.click(locator);
    }

    private void screenshot(String step) throws IOException {
        browser.screenshot(OUTPUT.resolve("tasklist-" + step + ".png"));
    }

    private JsonNode openJourney(String lastName) throws Exception {
        Map<String, Object> participant = new LinkedHashMap<>();
        participant.put("firstName", "Claire");
        participant.put("lastName", lastName);
        participant.put("email", "claire." + lastName.toLowerCase(Locale.ROOT) + "@example.org");
        participant.put("phone", "06 12 34 56 78");
        participant.put("postalCode", "21190");
        participant.put("commune", "Meursault");
        participant.put("birthYear", 1988);
        participant.put("gender", "FEMALE");
        participant.put("situation", "JOB_SEEKER");
        participant.put("consentGiven", true);
        HttpResponse<String> response = send(api("/api/journeys").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(objectMapper.writeValueAsString(participant))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return objectMapper.readTree(response.body());
    }

    private JsonNode getJourney(String reference) throws Exception {
        HttpResponse<String> response = send(api("/api/journeys/" + reference).GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return objectMapper.readTree(response.body());
    }

    private HttpRequest.Builder api(String path) {
        String token = Base64.getEncoder().encodeToString((ADVISOR + ":" + JourneyApi.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + token);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String randomLetters(int count) {
        StringBuilder letters = new StringBuilder(count);
        ThreadLocalRandom.current().ints(count, 'a', 'z' + 1).forEach(c -> letters.append((char) c));
        return letters.toString();
    }
}
