package fr.poleess.support.access;

import fr.poleess.support.HttpTestClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.poleess.support.PostgresIntegrationTest;
import fr.poleess.support.access.internal.AccessSeeding;

/**
 * The HTTP face of access control: who gets in where, what a refusal looks like, and that the seeding
 * of groups, rights, filters and demo accounts can run any number of times.
 */
class SecurityIntegrationTest extends PostgresIntegrationTest {

    private static final String LOCKABLE_USER = "test.mot-de-passe-faux";
    /** Lists are paged, as Tasklist and Cockpit page them: the engine refuses unbounded queries (queryMaxResultsLimit). */
    private static final String PAGE = "?firstResult=0&maxResults=50";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    FilterService filterService;
    @Autowired
    AccessSeeding accessSeeding;
    @Autowired
    ObjectMapper objectMapper;

    HttpTestClient http;

    @BeforeEach
    void client() {
        http = new HttpTestClient(port);
    }

    @Test
    void anonymousCallsToTheApisAreRefusedWithAFrenchProblem() throws Exception {
        for (String path : List.of("/engine-rest/task", "/engine-rest/engine", "/engine-rest/deployment",
                "/api/anything", "/api/journeys", "/rapports")) {
            HttpResponse<String> response = http.get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).as(path)
                    .hasValueSatisfying(value -> assertThat(value).startsWith("Basic realm=\"Parcours\""));
            assertThat(response.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(value -> assertThat(value).startsWith("application/problem+json"));
            JsonNode problem = objectMapper.readTree(response.body());
            assertThat(problem.path("title").asText()).isEqualTo("Authentification requise");
            assertThat(problem.path("status").asInt()).isEqualTo(401);
            assertThat(problem.path("instance").asText()).isEqualTo(path);
        }
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        // A user of its own: Camunda locks an account for a few seconds after a failed login.
        createUser(LOCKABLE_USER, "Le-bon-mot-de-passe-1", "advisors-beaune");

        HttpResponse<String> wrongPassword = http.get("/engine-rest/task", LOCKABLE_USER, "pas-le-bon");
        HttpResponse<String> unknownUser = http.get("/engine-rest/task", "personne.inconnue", "demo");

        for (HttpResponse<String> response : List.of(wrongPassword, unknownUser)) {
            assertThat(response.statusCode()).isEqualTo(401);
            JsonNode problem = objectMapper.readTree(response.body());
            assertThat(problem.path("title").asText()).isEqualTo("Authentification requise");
            assertThat(problem.path("detail").asText()).isEqualTo("Identifiant ou mot de passe incorrect.");
        }
    }

    @Test
    void aCamundaUserReachesTheEngineRestApi() throws Exception {
        HttpResponse<String> tasks = http.get("/engine-rest/task" + PAGE, "conseiller.beaune", "demo");
        HttpResponse<String> engines = http.get("/engine-rest/engine", "conseiller.beaune", "demo");

        assertThat(tasks.statusCode()).isEqualTo(200);
        assertThat(objectMapper.readTree(tasks.body()).isArray()).isTrue();
        assertThat(engines.statusCode()).isEqualTo(200);
        assertThat(engines.body()).contains("\"default\"");
        assertThat(tasks.headers().firstValue("Set-Cookie")).as("stateless: no session").isEmpty();
    }

    @Test
    void theEngineRestApiAppliesCamundaAuthorizationsOfTheCaller() throws Exception {
        // Process instances: an advisor sees only those of their territory's tasks, an administrator every one.
        JsonNode asAdvisor = objectMapper.readTree(http.get("/engine-rest/task?processDefinitionKey=ParticipantJourneyProcess&firstResult=0&maxResults=50",
                "conseiller.beaune", "demo").body());
        JsonNode asAdmin = objectMapper.readTree(http.get("/engine-rest/task?processDefinitionKey=ParticipantJourneyProcess&firstResult=0&maxResults=50",
                "admin", "demo").body());
        JsonNode advisorAgain = objectMapper.readTree(http.get(
                "/engine-rest/task?processDefinitionKey=ParticipantJourneyProcess&firstResult=0&maxResults=50", "conseiller.beaune", "demo").body());

        assertThat(asAdmin.size()).isGreaterThan(asAdvisor.size());
        assertThat(advisorAgain.size()).as("the admin's authentication did not stay on the thread")
                .isEqualTo(asAdvisor.size());
        // Deployments are not even among the calls an advisor may make.
        assertThat(http.get("/engine-rest/deployment", "conseiller.beaune", "demo").statusCode()).isEqualTo(403);

        // Groups the caller belongs to come from Camunda, not from the request.
        JsonNode groups = objectMapper.readTree(
                http.get("/engine-rest/group?member=conseiller.beaune&firstResult=0&maxResults=50", "conseiller.beaune", "demo").body());
        assertThat(groups.findValuesAsText("id")).containsExactly("advisors-beaune");
    }

    @Test
    void aStateChangingRequestFromAnotherSiteIsRefusedWithAFrenchProblem() throws Exception {
        HttpResponse<String> response = http.send(http.request("/engine-rest/task" + PAGE, "admin", "demo")
                .header("Content-Type", "application/json")
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("application/problem+json"));
        assertThat(objectMapper.readTree(response.body()).path("title").asText()).isEqualTo("Accès refusé");

        HttpResponse<String> sameOrigin = http.send(http.request("/engine-rest/task" + PAGE, "admin", "demo")
                .header("Content-Type", "application/json")
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(sameOrigin.statusCode()).isEqualTo(200);
    }

    @Test
    void anUnboundedListIsRefusedAndAPageAboveTheLimitToo() {
        assertThat(http.get("/engine-rest/task", "conseiller.beaune", "demo").statusCode()).isEqualTo(400);
        assertThat(http.get("/engine-rest/task?firstResult=0&maxResults=2001", "conseiller.beaune", "demo").statusCode())
                .isEqualTo(400);
        // Tasklist loads its filters in pages of 2000.
        assertThat(http.get("/engine-rest/filter?resourceType=Task&firstResult=0&maxResults=2000", "conseiller.beaune",
                "demo").statusCode()).isEqualTo(200);
    }

    @Test
    void healthIsOpen() {
        assertThat(http.get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(http.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void theWebappsPassSpringSecurityAndKeepTheirOwnLogin() {
        HttpResponse<String> tasklist = http.get("/camunda/app/tasklist/");
        if (tasklist.statusCode() == 302) {
            // The webapp sends the browser on to the default engine's Tasklist.
            tasklist = http.get(tasklist.headers().firstValue("Location").orElseThrow()
                    .replaceFirst("^https?://[^/]+", ""));
        }
        assertThat(tasklist.statusCode()).isEqualTo(200);
        assertThat(tasklist.body()).containsIgnoringCase("<html");
        assertThat(http.get("/").statusCode()).isBetween(200, 399);
        // The login page's probe must not raise the browser's own Basic sign-in dialog.
        assertThat(http.get("/camunda-welcome").headers().firstValue("WWW-Authenticate")).isEmpty();
        // Basic credentials a browser kept for /rapports, even stale ones, are not checked there.
        assertThat(http.send(http.request("/camunda/app/tasklist/", "conseiller.beaune", "ancien-mot-de-passe").GET())
                .statusCode()).isNotEqualTo(401);

        // The webapps' API is guarded by their own session login, against the same accounts.
        assertThat(http.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(401);
        HttpResponse<String> login = http.webappLogin("tasklist", "conseiller.beaune", "demo");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        assertThat(http.get("/camunda/api/engine/engine/default/task" + PAGE).statusCode()).isEqualTo(200);
    }

    @Test
    void seedingTwiceChangesNothing() {
        Map<String, Long> before = counts();
        accessSeeding.seed();
        accessSeeding.seed();
        assertThat(counts()).isEqualTo(before);

        assertThat(identityService.createGroupQuery().groupIdIn("advisors-beaune", "advisors-chatillon",
                "advisors-dijon", AccessGroups.MANAGERS, AccessGroups.ADMINS).list())
                .extracting(Group::getId, Group::getName)
                .contains(tuple("advisors-beaune", "Conseillers — Beaune"),
                        tuple("advisors-chatillon", "Conseillers — Châtillonnais"),
                        tuple("advisors-dijon", "Conseillers — Siège (Dijon)"),
                        tuple(AccessGroups.MANAGERS, "Responsables"))
                .hasSize(5);
        assertThat(filterService.createFilterQuery().list()).extracting(Filter::getName)
                .contains("Mes tâches", "Mon territoire", "Toutes les tâches")
                .doesNotHaveDuplicates()
                .doesNotContain("All tasks", "All Tasks");
        assertThat(filterService.createFilterQuery().list()).allSatisfy(filter -> assertThat(filter.getOwner()).isNull());
        assertThat(identityService.createUserQuery().list()).extracting(User::getId)
                .contains("conseiller.beaune", "conseiller.chatillon", "conseiller.dijon", "responsable", "admin");
        assertThat(identityService.checkPassword("responsable", "demo")).isTrue();
        assertThat(identityService.createUserQuery().memberOfGroup(AccessGroups.ADMINS).list()).extracting(User::getId)
                .containsExactly("admin");
    }

    private Map<String, Long> counts() {
        return Map.of(
                "users", identityService.createUserQuery().count(),
                "groups", identityService.createGroupQuery().count(),
                "memberships", identityService.createGroupQuery().list().stream()
                        .mapToLong(g -> identityService.createUserQuery().memberOfGroup(g.getId()).count()).sum(),
                "authorizations", authorizationService.createAuthorizationQuery().count(),
                "filters", filterService.createFilterQuery().count());
    }

    private void createUser(String id, String password, String group) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName("Test");
            user.setLastName("Test");
            user.setPassword(password);
            identityService.saveUser(user);
            identityService.createMembership(id, group);
        }
    }
}
