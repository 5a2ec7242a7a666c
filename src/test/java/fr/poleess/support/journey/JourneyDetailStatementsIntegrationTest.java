package fr.poleess.support.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.DefaultUriBuilderFactory;

import fr.poleess.support.PostgresIntegrationTest;
import fr.poleess.support.SqlStatementCounter;
import fr.poleess.support.journey.JourneyProcess.AgreementPreparationForm;
import fr.poleess.support.journey.JourneyProcess.AgreementSignatureForm;
import fr.poleess.support.journey.JourneyProcess.AppointmentForm;
import fr.poleess.support.journey.JourneyProcess.ReceptionForm;

/**
 * {@code GET /api/journeys/{reference}} reads a journey's detail in a bounded number of SQL statements,
 * whatever the sections the modules contribute: every statement the server sends for the call is
 * counted (authentication, territory check, journey, sections, engine; the access log writes the read
 * behind, in a batch). A count is deterministic, unlike a time.
 */
class JourneyDetailStatementsIntegrationTest extends PostgresIntegrationTest {

    static final String BEAUNE = "conseiller.beaune";
    static final int AT_MOST = 10;

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    SqlStatementCounter counter;
    @Autowired
    JdbcTemplate jdbc;

    JourneyApi api;
    final String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();

    @BeforeEach
    void client() {
        rest.getRestTemplate().setUriTemplateHandler(new DefaultUriBuilderFactory("http://127.0.0.1:" + port));
        api = new JourneyApi(rest);
    }

    @Test
    void theDetailOfANewJourneyTakesAtMostTenStatements() {
        String reference = open();

        assertThat(statementsOfDetail(reference)).isLessThanOrEqualTo(AT_MOST);
    }

    @Test
    void theDetailOfAJourneyWithAppointmentsTakesAtMostTenStatements() {
        String reference = open();
        Map<String, Object> reception = new HashMap<>();
        reception.put(ReceptionForm.DATE, today);
        reception.put(ReceptionForm.MODE, "OUTREACH_DESK");
        reception.put(ReceptionForm.PROJECT_SUMMARY, "Atelier de poterie et cours pour enfants.");
        reception.put(ReceptionForm.PROJECT_SECTOR, "CRAFTS");
        reception.put(ReceptionForm.DECISION, "AGREEMENT");
        api.complete(BEAUNE, reference, reception);
        api.complete(BEAUNE, reference, Map.of(AgreementPreparationForm.START_DATE, today,
                AgreementPreparationForm.DURATION_MONTHS, 9,
                AgreementPreparationForm.OBJECTIVES, "Construire le prévisionnel et trouver un local."));
        api.complete(BEAUNE, reference, Map.of(AgreementSignatureForm.SIGNED_ON, today,
                AgreementSignatureForm.CONFIRMED, true));
        for (int i = 0; i < 3; i++) {
            api.complete(BEAUNE, reference, Map.of(AppointmentForm.DATE, today, AppointmentForm.TIME, "1" + i + ":30",
                    AppointmentForm.DURATION_MINUTES, 60, AppointmentForm.MODE, "VIDEO",
                    AppointmentForm.STEPS_DONE, "Devis du four obtenu.", AppointmentForm.DECISION, "CONTINUE"));
        }

        assertThat(statementsOfDetail(reference)).isLessThanOrEqualTo(AT_MOST);
    }

    /** The access log writes reads behind, within seconds: each read is there in the end. */
    private void awaitReadsLogged(String reference, int reads) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (jdbc.queryForObject("select count(*) from access_log where reference = ? and action = 'READ_DETAIL'",
                Integer.class, reference) < reads) {
            assertThat(System.nanoTime()).as("reads of %s logged", reference).isLessThan(until);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private String open() {
        ResponseEntity<Map<String, Object>> opened = api.open(BEAUNE,
                JourneyApi.participant("Moreau-" + UUID.randomUUID().toString().substring(0, 6), "meursault"));
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) opened.getBody().get("reference");
    }

    /**
     * The statements of one call, after a first one that warms what is cached (as every later call finds it)
     * and whose read the access log has written behind (so that its batch is not counted with this call).
     */
    private long statementsOfDetail(String reference) {
        assertThat(api.get(BEAUNE, reference).getStatusCode()).isEqualTo(HttpStatus.OK);
        awaitReadsLogged(reference, 1);
        SqlStatementCounter.Counts counts = counter.startEverywhere();
        ResponseEntity<Map<String, Object>> detail;
        try {
            detail = api.get(BEAUNE, reference);
        } finally {
            counter.stopEverywhere();
        }
        assertThat(detail.getStatusCode()).isEqualTo(HttpStatus.OK);
        awaitReadsLogged(reference, 2);
        System.out.printf("GET /api/journeys/%s: %d statements (engine %d, ours %d)%n  %s%n", reference,
                counts.total(), counts.engine(), counts.ours(), String.join("\n  ", counts.statements()));
        return counts.total();
    }
}
