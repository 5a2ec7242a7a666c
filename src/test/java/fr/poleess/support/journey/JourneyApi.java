package fr.poleess.support.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import fr.poleess.support.journey.JourneyProcess.AgreementPreparationForm;
import fr.poleess.support.journey.JourneyProcess.AgreementSignatureForm;
import fr.poleess.support.journey.JourneyProcess.ReceptionForm;

/**
 * Drives journeys over HTTP as people do: our API to open one, Camunda's engine REST API (the one
 * Tasklist's forms end up in) to claim and submit task forms, each call as a given user.
 */
public final class JourneyApi {

    public static final String PASSWORD = "demo";
    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    private final TestRestTemplate rest;

    public JourneyApi(TestRestTemplate rest) {
        this.rest = rest;
    }

    public static Map<String, Object> participant(String lastName, String commune) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("firstName", "Élodie");
        body.put("lastName", lastName);
        body.put("email", "elodie@example.org");
        body.put("phone", "06 12 34 56 78");
        body.put("commune", commune);
        body.put("birthYear", 1990);
        body.put("gender", "FEMALE");
        body.put("situation", "JOB_SEEKER");
        body.put("mobilityConstraints", List.of("NO_CAR"));
        body.put("cameThrough", "REFERRING_PARTNER");
        body.put("referringPartnerType", "FRANCE_TRAVAIL");
        body.put("referringPartnerName", "France Travail Beaune");
        body.put("consentGiven", true);
        return body;
    }

    public ResponseEntity<Map<String, Object>> open(String user, Map<String, Object> participant) {
        return rest.withBasicAuth(user, PASSWORD).exchange("/api/journeys", HttpMethod.POST, json(participant), MAP);
    }

    /** Opens a journey, which must be accepted, and returns its reference. */
    public String opened(String user, Map<String, Object> participant) {
        ResponseEntity<Map<String, Object>> opened = open(user, participant);
        assertThat(opened.getStatusCode()).as(String.valueOf(opened.getBody())).isEqualTo(HttpStatus.CREATED);
        return (String) opened.getBody().get("reference");
    }

    /** Holds the reception on {@code day} (ISO date), on site, deciding on an agreement for a project of that sector. */
    public void receive(String user, String reference, String day, String sector) {
        complete(user, reference, Map.of(ReceptionForm.DATE, day, ReceptionForm.MODE, "ON_SITE",
                ReceptionForm.PROJECT_SUMMARY, "Boulangerie bio en circuit court.", ReceptionForm.PROJECT_SECTOR, sector,
                ReceptionForm.DECISION, "AGREEMENT"));
    }

    /** Prepares a twelve-month agreement starting on {@code day} and records it signed that day. */
    public void signAgreement(String user, String reference, String day) {
        complete(user, reference, Map.of(AgreementPreparationForm.START_DATE, day,
                AgreementPreparationForm.DURATION_MONTHS, 12, AgreementPreparationForm.OBJECTIVES,
                "Construire le prévisionnel et trouver un local."));
        complete(user, reference, Map.of(AgreementSignatureForm.SIGNED_ON, day, AgreementSignatureForm.CONFIRMED, true));
    }

    /**
     * Walks a new journey to its individual appointments, all on {@code day}: reception of a crafts project,
     * agreement prepared and signed. The journey then waits for « Rendez-vous individuel ».
     */
    public void walkToAppointments(String user, String reference, String day) {
        receive(user, reference, day, "CRAFTS");
        signAgreement(user, reference, day);
    }

    public ResponseEntity<Map<String, Object>> get(String user, String reference) {
        return rest.withBasicAuth(user, PASSWORD).exchange("/api/journeys/" + reference, HttpMethod.GET, null, MAP);
    }

    public ResponseEntity<List<Map<String, Object>>> list(String user, String query) {
        return rest.withBasicAuth(user, PASSWORD).exchange("/api/journeys" + query, HttpMethod.GET, null, LIST);
    }

    /** The open tasks of a journey, as the engine REST API shows them to that user. */
    public List<Map<String, Object>> tasks(String user, String reference) {
        ResponseEntity<List<Map<String, Object>>> response = rest.withBasicAuth(user, PASSWORD)
                .exchange("/engine-rest/task?firstResult=0&maxResults=50&processInstanceBusinessKey=" + reference, HttpMethod.GET, null, LIST);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    public ResponseEntity<String> claim(String user, String taskId) {
        return rest.withBasicAuth(user, PASSWORD).exchange("/engine-rest/task/" + taskId + "/claim", HttpMethod.POST,
                json(Map.of("userId", user)), String.class);
    }

    /** Submits a task form with the variable types Tasklist's form-js would send. */
    public ResponseEntity<String> submit(String user, String taskId, Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((key, value) -> variables.put(key, typed(value)));
        return rest.withBasicAuth(user, PASSWORD).exchange("/engine-rest/task/" + taskId + "/submit-form",
                HttpMethod.POST, json(Map.of("variables", variables)), String.class);
    }

    /** Claims the single open task of the journey and submits its form; fails if the engine refuses. */
    public void complete(String user, String reference, Map<String, Object> values) {
        List<Map<String, Object>> tasks = tasks(user, reference);
        assertThat(tasks).hasSize(1);
        String taskId = (String) tasks.get(0).get("id");
        if (tasks.get(0).get("assignee") == null) {
            assertThat(claim(user, taskId).getStatusCode().is2xxSuccessful()).isTrue();
        }
        ResponseEntity<String> response = submit(user, taskId, values);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    }

    private static Map<String, Object> typed(Object value) {
        if (value instanceof List<?> list) {
            return Map.of("value", toJson(list), "type", "Json");
        }
        String type = value instanceof Boolean ? "Boolean" : value instanceof Integer || value instanceof Long ? "Long"
                : "String";
        return Map.of("value", value, "type", type);
    }

    private static String toJson(List<?> list) {
        return list.stream().map(e -> "\"" + e + "\"").reduce((a, b) -> a + "," + b).map(s -> "[" + s + "]").orElse("[]");
    }

    private static <T> HttpEntity<T> json(T body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
