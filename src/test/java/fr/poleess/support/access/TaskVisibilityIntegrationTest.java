package fr.poleess.support.access;

import fr.poleess.support.HttpTestClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.poleess.support.PostgresIntegrationTest;

/**
 * Who sees and works which task, with the routing the journey process uses: the territory's advisors
 * group as candidates, then the referent advisor as assignee. Checked in the engine as the logged-in
 * user, through the engine REST API, and through the Tasklist webapp's own API and filters.
 */
class TaskVisibilityIntegrationTest extends PostgresIntegrationTest {

    private static final String PROCESS = "AccessVisibilityTest";
    private static final String BEAUNE = "conseiller.beaune";
    private static final String BEAUNE_COLLEAGUE = "test.collegue.beaune";
    private static final String CHATILLON = "conseiller.chatillon";
    private static final String MANAGER = "responsable";

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    FilterService filterService;
    @Autowired
    ObjectMapper objectMapper;

    @BeforeEach
    void deployAndCreateColleague() {
        repositoryService.createDeployment().name("access-visibility-test").enableDuplicateFiltering(false)
                .addClasspathResource("bpmn/access-visibility.bpmn").deploy();
        if (identityService.createUserQuery().userId(BEAUNE_COLLEAGUE).count() == 0) {
            User user = identityService.newUser(BEAUNE_COLLEAGUE);
            user.setFirstName("Test");
            user.setLastName("Collègue");
            user.setPassword("Collegue-Beaune-2026");
            identityService.saveUser(user);
            identityService.createMembership(BEAUNE_COLLEAGUE, "advisors-beaune");
        }
    }

    @AfterEach
    void logOut() {
        identityService.clearAuthentication();
    }

    @Test
    void anAdvisorOfAnotherTerritorySeesNothingOfATaskAndCannotWorkIt() {
        String instance = start("advisors-chatillon");
        Task task = taskOf(instance);

        as(BEAUNE, () -> {
            assertThat(taskService.createTaskQuery().processInstanceId(instance).count()).isZero();
            assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isZero();
            assertThat(taskService.createTaskQuery().taskCandidateGroup("advisors-chatillon").count()).isZero();
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
            assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instance).count()).isZero();
            assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).count()).isZero();
            assertThat(idsOf(filterService.listPage(filter("Mon territoire").getId(), 0, 200))).doesNotContain(task.getId());
            assertThatThrownBy(() -> taskService.getVariables(task.getId())).isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> taskService.claim(task.getId(), BEAUNE)).isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> taskService.complete(task.getId())).isInstanceOf(AuthorizationException.class);
            // The managers' filter is not even readable.
            assertThatThrownBy(() -> filterService.listPage(filter("Toutes les tâches").getId(), 0, 200))
                    .isInstanceOf(AuthorizationException.class);
            return null;
        });
        assertThat(taskOf(instance).getId()).as("still waiting").isEqualTo(task.getId());
    }

    @Test
    void theTerritoryTeamWorksItsTasksAndTheReferentGetsTheNextOnes() {
        String instance = start("advisors-beaune");
        Task reception = taskOf(instance);

        // The engine gives the candidate group read and work on the task, because of TASK_WORK.
        Authorization groupGrant = authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
                .resourceId(reception.getId()).groupIdIn("advisors-beaune").singleResult();
        assertThat(Arrays.asList(groupGrant.getPermissions(TaskPermissions.values())))
                .contains(TaskPermissions.READ, TaskPermissions.TASK_WORK)
                .doesNotContain(TaskPermissions.UPDATE, TaskPermissions.TASK_ASSIGN);

        as(BEAUNE, () -> {
            assertThat(idsOf(filterService.listPage(filter("Mon territoire").getId(), 0, 200))).contains(reception.getId());
            assertThat(taskService.getVariable(reception.getId(), "advisorsGroup")).isEqualTo("advisors-beaune");
            taskService.complete(reception.getId(), Map.of("referentAdvisor", BEAUNE));
            return null;
        });
        Task followUp = taskOf(instance);
        assertThat(followUp.getAssignee()).isEqualTo(BEAUNE);

        as(BEAUNE, () -> {
            assertThat(idsOf(filterService.listPage(filter("Mes tâches").getId(), 0, 200))).contains(followUp.getId());
            // Working a task is not reassigning it: that is the managers' job.
            assertThatThrownBy(() -> taskService.setAssignee(followUp.getId(), BEAUNE_COLLEAGUE))
                    .isInstanceOf(AuthorizationException.class);
            return null;
        });
        as(CHATILLON, () -> {
            assertThat(taskService.createTaskQuery().processInstanceId(instance).count()).isZero();
            assertThat(idsOf(filterService.listPage(filter("Mon territoire").getId(), 0, 200))).doesNotContain(followUp.getId());
            assertThatThrownBy(() -> taskService.complete(followUp.getId())).isInstanceOf(AuthorizationException.class);
            return null;
        });
        // A colleague of the same territory can take over a task assigned to the referent.
        as(BEAUNE_COLLEAGUE, () -> {
            assertThat(idsOf(filterService.listPage(filter("Mon territoire").getId(), 0, 200))).contains(followUp.getId());
            assertThat(idsOf(filterService.listPage(filter("Mes tâches").getId(), 0, 200))).doesNotContain(followUp.getId());
            taskService.complete(followUp.getId());
            return null;
        });
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    }

    @Test
    void managersSeeEveryTerritoryAndReassignTasks() {
        String inBeaune = start("advisors-beaune");
        String inChatillon = start("advisors-chatillon");
        Task chatillonTask = taskOf(inChatillon);

        as(MANAGER, () -> {
            assertThat(taskService.createTaskQuery().processInstanceIdIn(inBeaune, inChatillon).count()).isEqualTo(2);
            assertThat(idsOf(filterService.listPage(filter("Toutes les tâches").getId(), 0, 200)))
                    .contains(taskOf(inBeaune).getId(), chatillonTask.getId());
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceIds(
                    Set.of(inBeaune, inChatillon)).count()).isEqualTo(2);
            taskService.setAssignee(chatillonTask.getId(), CHATILLON);
            return null;
        });
        // The new assignee gets the task's rights from the engine.
        as(CHATILLON, () -> {
            assertThat(idsOf(filterService.listPage(filter("Mes tâches").getId(), 0, 200))).contains(chatillonTask.getId());
            taskService.complete(chatillonTask.getId(), Map.of("referentAdvisor", CHATILLON));
            return null;
        });
    }

    @Test
    void theEngineRestApiAndTasklistShowTheSameAsTheEngine() throws Exception {
        String instance = start("advisors-chatillon");
        Task task = taskOf(instance);
        HttpTestClient http = new HttpTestClient(port);

        JsonNode asBeaune = objectMapper.readTree(
                http.get("/engine-rest/task?firstResult=0&maxResults=50&processInstanceId=" + instance, BEAUNE, "demo").body());
        JsonNode asChatillon = objectMapper.readTree(
                http.get("/engine-rest/task?firstResult=0&maxResults=50&processInstanceId=" + instance, CHATILLON, "demo").body());
        assertThat(asBeaune.size()).isZero();
        assertThat(asChatillon.findValuesAsText("id")).containsExactly(task.getId());

        HttpResponse<String> completeByBeaune = http.postJson("/engine-rest/task/" + task.getId() + "/complete",
                BEAUNE, "demo", "{}");
        HttpResponse<String> readByBeaune = http.get("/engine-rest/task/" + task.getId(), BEAUNE, "demo");
        // Another territory's task answers like a task that does not exist, whatever the call.
        assertThat(completeByBeaune.statusCode()).as(completeByBeaune.body()).isEqualTo(404);
        assertThat(readByBeaune.statusCode()).as(readByBeaune.body()).isEqualTo(404);
        assertThat(taskOf(instance).getId()).isEqualTo(task.getId());

        // Tasklist, through its own API and session, as an advisor of Beaune then of the Châtillonnais.
        assertThat(tasklistFilterTasks(BEAUNE, "Mon territoire")).doesNotContain(task.getId());
        assertThat(tasklistFilters(BEAUNE)).containsExactlyInAnyOrder("Mes tâches", "Mon territoire", "Rendez-vous non enregistrés");
        assertThat(tasklistFilterTasks(CHATILLON, "Mon territoire")).contains(task.getId());
        assertThat(tasklistFilters(MANAGER)).contains("Mes tâches", "Mon territoire", "Rendez-vous non enregistrés", "Toutes les tâches");
    }

    @Test
    void anAdvisorStartsARealJourneyFromTheStartFormAndOnlyTheirTerritorySeesIt() throws Exception {
        assumeThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("ParticipantJourneyProcess")
                .count()).as("the journey process is deployed").isPositive();
        HttpTestClient http = new HttpTestClient(port);
        String form = """
                {"variables": {
                  "firstName": {"value": "Test", "type": "String"},
                  "lastName": {"value": "Visibilité", "type": "String"},
                  "commune": {"value": "Meursault", "type": "String"},
                  "postalCode": {"value": "21190", "type": "String"},
                  "phone": {"value": "06 12 34 56 78", "type": "String"},
                  "birthYear": {"value": 1990, "type": "Integer"},
                  "gender": {"value": "FEMALE", "type": "String"},
                  "situation": {"value": "JOB_SEEKER", "type": "String"},
                  "consentGiven": {"value": true, "type": "Boolean"}
                }}""";

        HttpResponse<String> started = http.postJson(
                "/engine-rest/process-definition/key/ParticipantJourneyProcess/submit-form", BEAUNE, "demo", form);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String instance = objectMapper.readTree(started.body()).path("id").asText();

        Task reception = taskOf(instance);
        assertThat(taskService.getVariable(reception.getId(), "advisorsGroup")).isEqualTo("advisors-beaune");
        assertThat(objectMapper.readTree(http.get("/engine-rest/task?firstResult=0&maxResults=50&processInstanceId=" + instance, BEAUNE, "demo")
                .body()).findValuesAsText("id")).containsExactly(reception.getId());
        assertThat(objectMapper.readTree(http.get("/engine-rest/task?firstResult=0&maxResults=50&processInstanceId=" + instance, CHATILLON, "demo")
                .body()).size()).isZero();
        HttpResponse<String> completeByChatillon = http.postJson(
                "/engine-rest/task/" + reception.getId() + "/complete", CHATILLON, "demo", "{}");
        assertThat(completeByChatillon.statusCode()).isEqualTo(404);
        assertThat(tasklistFilterTasks(BEAUNE, "Mon territoire")).contains(reception.getId());
        assertThat(tasklistFilterTasks(CHATILLON, "Mon territoire")).doesNotContain(reception.getId());
    }

    @Test
    void eachRoleOpensItsWebappsAndAdvisorsMayStartAJourneyFromTasklist() throws Exception {
        assertThat(new HttpTestClient(port).webappLogin("tasklist", BEAUNE, "demo").statusCode()).isEqualTo(200);
        assertThat(new HttpTestClient(port).webappLogin("cockpit", BEAUNE, "demo").statusCode()).isNotEqualTo(200);
        assertThat(new HttpTestClient(port).webappLogin("admin", BEAUNE, "demo").statusCode()).isNotEqualTo(200);
        assertThat(new HttpTestClient(port).webappLogin("cockpit", MANAGER, "demo").statusCode()).isEqualTo(200);
        assertThat(new HttpTestClient(port).webappLogin("admin", MANAGER, "demo").statusCode()).isNotEqualTo(200);
        assertThat(new HttpTestClient(port).webappLogin("admin", "admin", "demo").statusCode()).isEqualTo(200);

        // The query behind Tasklist's "Start process" menu.
        assumeThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("ParticipantJourneyProcess")
                .count()).as("the journey process is deployed").isPositive();
        HttpTestClient browser = new HttpTestClient(port);
        browser.webappLogin("tasklist", CHATILLON, "demo");
        JsonNode startable = objectMapper.readTree(browser.get("/camunda/api/engine/engine/default/process-definition"
                + "?latest=true&active=true&startableInTasklist=true&startablePermissionCheck=true&firstResult=0&maxResults=15")
                .body());
        List<String> keys = new ArrayList<>();
        startable.forEach(definition -> keys.add(definition.path("key").asText()));
        // Journeys, and collective sessions (workshop module), which the territory's advisors plan too.
        assertThat(keys).containsExactlyInAnyOrder("ParticipantJourneyProcess", "CollectiveSessionProcess");
    }

    private List<String> tasklistFilters(String user) throws Exception {
        HttpTestClient browser = new HttpTestClient(port);
        assertThat(browser.webappLogin("tasklist", user, "demo").statusCode()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        objectMapper.readTree(browser.get("/camunda/api/engine/engine/default/filter?resourceType=Task&firstResult=0&maxResults=2000").body())
                .forEach(filter -> names.add(filter.path("name").asText()));
        return names;
    }

    private List<String> tasklistFilterTasks(String user, String filterName) throws Exception {
        HttpTestClient browser = new HttpTestClient(port);
        assertThat(browser.webappLogin("tasklist", user, "demo").statusCode()).isEqualTo(200);
        // What Tasklist posts when a filter is selected: the filter's own query, nothing added.
        HttpResponse<String> response = browser.send(browser.webappRequest(
                "/camunda/api/engine/engine/default/filter/" + filter(filterName).getId() + "/list?firstResult=0&maxResults=200")
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        objectMapper.readTree(response.body()).forEach(task -> ids.add(task.path("id").asText()));
        return ids;
    }

    private String start(String advisorsGroup) {
        return runtimeService.startProcessInstanceByKey(PROCESS, Map.of("advisorsGroup", advisorsGroup)).getId();
    }

    private Task taskOf(String instance) {
        return taskService.createTaskQuery().processInstanceId(instance).singleResult();
    }

    /** Looked up without a user: a filter the user may not read does not exist for them. */
    private Filter filter(String name) {
        var user = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return filterService.createFilterQuery().filterName(name).singleResult();
        } finally {
            if (user != null) {
                identityService.setAuthentication(user);
            }
        }
    }

    private static List<String> idsOf(List<Task> tasks) {
        return tasks.stream().map(Task::getId).toList();
    }

    /** Runs as the user with their Camunda groups, as the webapps and the engine REST filter do. */
    private <T> T as(String userId, Supplier<T> work) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .toList();
        identityService.setAuthentication(userId, groups);
        try {
            return work.get();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
