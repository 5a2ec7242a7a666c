package fr.poleess.support.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.DefaultUriBuilderFactory;

import fr.poleess.support.EmbeddedPostgresSupport;
import fr.poleess.support.SpringProcessEngineRegistration;
import fr.poleess.support.journey.JourneyApi;

/**
 * Retention enforced by the engine, on a database of its own (moving the clock two years on would
 * otherwise age every other test's journeys): with the engine's clock moved, a person last seen 23
 * months ago is kept, one seen 25 months ago is anonymised by the retention process's timer job, once;
 * the dry run lists without changing anything.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "camunda.bpm.job-execution.enabled=false" })
class RetentionIntegrationTest {

    static final String DATABASE = "retention_it";
    static final String BEAUNE = "conseiller.beaune";
    static final String ADMIN = "admin";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    ManagementService managementService;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    JourneyApi api;
    final String suffix = UUID.randomUUID().toString().substring(0, 6);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry, DATABASE);
    }

    @BeforeEach
    void client() {
        SpringProcessEngineRegistration.use(processEngine);
        rest.getRestTemplate().setUriTemplateHandler(new DefaultUriBuilderFactory("http://127.0.0.1:" + port));
        api = new JourneyApi(rest);
        ClockUtil.reset();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aPersonSeen25MonthsAgoIsAnonymisedOnceByTheEnginesJobOneSeen23MonthsAgoIsKeptAndOldProspectsMessagesAndLogsGo() {
        ZonedDateTime now = ZonedDateTime.now(PARIS);
        String old = open("Ancien" + suffix);
        String recent = open("Recent" + suffix);

        // A prospect of an information session who never went on, and a message sent today.
        long session = jdbc.queryForObject("""
                insert into collective_session (kind, title, territory_code, place_kind, capacity, status, created_by,
                    created_at, version)
                values ('INFORMATION_SESSION', 'Information collective', 'BEA', 'OFFICE', 10, 'CLOSED', ?, now(), 0)
                returning id""", Long.class, BEAUNE);
        long prospect = jdbc.queryForObject("""
                insert into collective_registration (session_id, prospect_first_name, prospect_last_name, prospect_email,
                    status, registered_at, registered_by)
                values (?, 'Lou', ?, ?, 'REGISTERED', now(), ?) returning id""", Long.class, session, "Prospect" + suffix,
                "prospect." + suffix + "@example.org", BEAUNE);
        long message = jdbc.queryForObject("""
                insert into outbox_message (kind, channel, recipient, subject, body, status, attempts, created_at)
                values ('COLLECTIVE_SESSION_REMINDER', 'EMAIL', ?, 'Rappel', ?, 'SENT', 1, now()) returning id""",
                Long.class, "prospect." + suffix + "@example.org", "Bonjour Lou " + suffix);

        // Two months later, a change on the recent one (any recorded change is a contact).
        ClockUtil.setCurrentTime(Date.from(now.plusMonths(2).toInstant()));
        assertThat(rest.withBasicAuth(BEAUNE, JourneyApi.PASSWORD).exchange("/api/journeys/" + recent + "/messages-paused",
                HttpMethod.PUT, new HttpEntity<>(Map.of("paused", true)), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        // 25 months after the opening: 25 months without contact for the old one, 23 for the recent one.
        ClockUtil.setCurrentTime(Date.from(now.plusMonths(25).toInstant()));

        assertThat(rest.withBasicAuth(BEAUNE, JourneyApi.PASSWORD).exchange("/api/retention/run?dryRun=true",
                HttpMethod.POST, null, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map<String, Object>> dry = rest.withBasicAuth(ADMIN, JourneyApi.PASSWORD)
                .exchange("/api/retention/run?dryRun=true", HttpMethod.POST, null, MAP);
        assertThat(dry.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(dry.getBody()).containsEntry("dryRun", true);
        assertThat(references(dry.getBody())).contains(old).doesNotContain(recent);
        assertThat(((Number) dry.getBody().get("prospects")).intValue()).isPositive();
        assertThat(((Number) dry.getBody().get("outboxBodies")).intValue()).isPositive();
        assertThat(((Number) dry.getBody().get("accessLogEntries")).intValue()).isPositive();
        assertThat(lastName(old)).as("a dry run changes nothing").isEqualTo("Ancien" + suffix);
        assertThat(jdbc.queryForObject("select prospect_last_name from collective_registration where id = ?",
                String.class, prospect)).isEqualTo("Prospect" + suffix);
        assertThat(erasures(old)).isZero();

        // The engine's job, as the job executor would run it in the night.
        Job timer = retentionTimer();
        assertThat(timer.getDuedate()).isNotNull();
        managementService.executeJob(timer.getId());

        assertThat(lastName(old)).startsWith("Anonyme-");
        assertThat(jdbc.queryForObject("select email from participant p join journey j on j.participant_id = p.id"
                + " where j.reference = ?", String.class, old)).isNull();
        assertThat(jdbc.queryForObject("select trigger_kind from erasure_record where reference = ?", String.class, old))
                .isEqualTo("RETENTION");
        assertThat(lastName(recent)).isEqualTo("Recent" + suffix);
        assertThat(erasures(recent)).isZero();

        // The prospect (1 year), the message's text (6 months) and the access log (1 year) are gone too; the
        // recent journey was kept although its log entries went: its last change is kept apart.
        assertThat(jdbc.queryForMap("select prospect_last_name, prospect_email, status from collective_registration"
                + " where id = ?", prospect)).containsEntry("prospect_last_name", null)
                .containsEntry("prospect_email", null).containsEntry("status", "REGISTERED");
        assertThat(jdbc.queryForMap("select recipient, body from outbox_message where id = ?", message))
                .containsEntry("recipient", null).containsEntry("body", "[effacé]");
        assertThat(jdbc.queryForObject("select count(*) from access_log where reference = ? and action <> 'ERASURE'",
                Integer.class, recent)).isZero();

        // The next night: nothing more for the old one.
        managementService.executeJob(retentionTimer().getId());
        assertThat(erasures(old)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from access_log where reference = ? and action = 'ERASURE'",
                Integer.class, old)).isOne();
        assertThat(lastName(recent)).isEqualTo("Recent" + suffix);
    }

    private String open(String lastName) {
        ResponseEntity<Map<String, Object>> opened = api.open(BEAUNE, JourneyApi.participant(lastName, "meursault"));
        assertThat(opened.getStatusCode().value()).as(String.valueOf(opened.getBody())).isEqualTo(201);
        return (String) opened.getBody().get("reference");
    }

    private Job retentionTimer() {
        return managementService.createJobQuery().processDefinitionKey(DataRetentionProcess.KEY).timers().singleResult();
    }

    private String lastName(String reference) {
        return jdbc.queryForObject("select p.last_name from participant p join journey j on j.participant_id = p.id"
                + " where j.reference = ?", String.class, reference);
    }

    private int erasures(String reference) {
        return jdbc.queryForObject("select count(*) from erasure_record where reference = ?", Integer.class, reference);
    }

    @SuppressWarnings("unchecked")
    private static List<String> references(Map<String, Object> report) {
        return ((List<Map<String, Object>>) report.get("journeys")).stream().map(j -> (String) j.get("reference")).toList();
    }
}
