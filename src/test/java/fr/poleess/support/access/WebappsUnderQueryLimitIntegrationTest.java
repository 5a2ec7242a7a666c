package fr.poleess.support.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.poleess.support.HttpTestClient;
import fr.poleess.support.PostgresIntegrationTest;

/**
 * The engine refuses unbounded queries and pages over 2000 rows ({@code queryMaxResultsLimit}); the
 * calls Tasklist and Cockpit 7.24 make on their first screens (as read from their bundles) still work.
 */
class WebappsUnderQueryLimitIntegrationTest extends PostgresIntegrationTest {

    private static final String ENGINE = "/camunda/api/engine/engine/default";

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repositoryService;

    @Test
    void tasklistFirstScreen() {
        HttpTestClient tasklist = new HttpTestClient(port);
        assertThat(tasklist.webappLogin("tasklist", "conseiller.beaune", "demo").statusCode()).isEqualTo(200);

        for (String path : List.of(ENGINE + "/filter/count?itemCount=false&resourceType=Task",
                ENGINE + "/filter?firstResult=0&maxResults=2000&itemCount=false&resourceType=Task",
                ENGINE + "/process-definition?latest=true&active=true&startableInTasklist=true"
                        + "&startablePermissionCheck=true&firstResult=0&maxResults=15")) {
            HttpResponse<String> response = tasklist.get(path);
            assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        }
    }

    @Test
    void cockpitFirstScreens() {
        HttpTestClient cockpit = new HttpTestClient(port);
        assertThat(cockpit.webappLogin("cockpit", "responsable", "demo").statusCode()).isEqualTo(200);
        String journeyDefinition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey("ParticipantJourneyProcess").latestVersion().singleResult().getId();

        for (String path : List.of(ENGINE + "/process-definition/statistics?rootIncidents=true",
                ENGINE + "/process-definition/" + journeyDefinition + "/statistics?incidents=true",
                ENGINE + "/process-definition?latest=true&firstResult=0&maxResults=50",
                ENGINE + "/incident/count",
                ENGINE + "/history/process-instance/count?processDefinitionId=" + journeyDefinition)) {
            HttpResponse<String> response = cockpit.get(path);
            assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        }
        // The process instances table of a definition.
        HttpResponse<String> instances = cockpit.send(cockpit.webappRequest(
                "/camunda/api/cockpit/plugin/base/default/process-instance?firstResult=0&maxResults=50")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"processDefinitionId\":\"" + journeyDefinition + "\"}")));
        assertThat(instances.statusCode()).as(instances.body()).isEqualTo(200);
    }
}
