package fr.poleess.support.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.poleess.support.HttpTestClient;
import fr.poleess.support.PostgresIntegrationTest;
import fr.poleess.support.journey.JourneyApi;

/**
 * What our API accepts as a body, over real HTTP: typed JSON only, no unknown field, no body over the
 * cap, and every refusal an RFC 9457 problem in French that names the field by its label.
 */
class ApiInputIntegrationTest extends PostgresIntegrationTest {

    private static final String USER = "conseiller.beaune";

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper objectMapper;

    HttpTestClient http;

    @BeforeEach
    void client() {
        http = new HttpTestClient(port);
    }

    @Test
    void aDecimalYearIsRefusedNamingTheFieldByItsLabel() throws Exception {
        JsonNode problem = refused(Map.of("birthYear", 1985.7), 400);

        assertThat(problem.path("title").asText()).isEqualTo("Saisie invalide");
        JsonNode error = problem.path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("birthYear");
        assertThat(error.path("label").asText()).isEqualTo("Année de naissance");
        assertThat(error.path("message").asText()).contains("1985.7").contains("nombre entier");
        assertThat(problem.path("detail").asText()).contains("Année de naissance").doesNotContain("birthYear");
    }

    @Test
    void aNumberWhereTextIsExpectedIsRefused() throws Exception {
        JsonNode problem = refused(Map.of("firstName", 123), 400);

        JsonNode error = problem.path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("firstName");
        assertThat(error.path("label").asText()).isEqualTo("Prénom");
        assertThat(error.path("message").asText()).isEqualTo("la valeur « 123 » n'est pas acceptée : doit être un texte, entre guillemets");
        assertThat(refused(Map.of("consentGiven", 1), 400).path("errors").get(0).path("label").asText())
                .isEqualTo("Le porteur de projet accepte le traitement de ses données pour son accompagnement");
    }

    @Test
    void anUnknownFieldIsRefused() throws Exception {
        JsonNode problem = refused(Map.of("journeyId", 5), 400);

        JsonNode error = problem.path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("journeyId");
        assertThat(error.path("message").asText()).startsWith("ce champ n'existe pas");
    }

    @Test
    void aBodyOverTheCapIsRefusedWith413() throws Exception {
        byte[] tenMegabytes = ("{\"firstName\":\"" + "a".repeat(10 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> announced = http.send(http.request("/api/journeys", USER, JourneyApi.PASSWORD)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(tenMegabytes)));
        assertTooLarge(announced);

        // Sent in chunks, without a length: refused once the 1 MB cap is passed. (Kept a little over the
        // cap: the server stops reading there, and a client still sending megabytes would see it hang up.)
        byte[] overTheCap = ("{\"firstName\":\"" + "a".repeat(1536 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = http.send(http.request("/api/journeys", USER, JourneyApi.PASSWORD)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(overTheCap))));
        assertTooLarge(chunked);
    }

    @Test
    void otherRefusalsOfTheApiAreFrenchProblemsToo() throws Exception {
        HttpResponse<String> form = http.send(http.request("/api/journeys", USER, JourneyApi.PASSWORD)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("firstName=Jeanne&lastName=Martin")));
        assertThat(form.statusCode()).isEqualTo(415);
        JsonNode unsupported = problem(form);
        assertThat(unsupported.path("title").asText()).isEqualTo("Type de contenu non accepté");
        assertThat(unsupported.path("detail").asText()).contains("application/x-www-form-urlencoded")
                .contains("envoyez du JSON");

        HttpResponse<String> method = http.send(http.request("/api/journeys", USER, JourneyApi.PASSWORD).DELETE());
        assertThat(method.statusCode()).isEqualTo(405);
        assertThat(problem(method).path("detail").asText()).startsWith("La méthode DELETE n'est pas acceptée");
    }

    private JsonNode refused(Map<String, Object> change, int status) throws Exception {
        Map<String, Object> participant = JourneyApi.participant("Strict", "Beaune");
        participant.putAll(change);
        HttpResponse<String> response = http.postJson("/api/journeys", USER, JourneyApi.PASSWORD,
                objectMapper.writeValueAsString(participant));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return problem(response);
    }

    private void assertTooLarge(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(413);
        JsonNode problem = problem(response);
        assertThat(problem.path("title").asText()).isEqualTo("Requête trop volumineuse");
        assertThat(problem.path("detail").asText()).startsWith("Le corps de la requête est trop volumineux");
    }

    private JsonNode problem(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        return objectMapper.readTree(response.body());
    }
}
