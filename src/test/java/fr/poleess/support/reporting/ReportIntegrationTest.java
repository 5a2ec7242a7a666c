package fr.poleess.support.reporting;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.DefaultUriBuilderFactory;

import fr.poleess.support.EmbeddedPostgresSupport;
import fr.poleess.support.SpringProcessEngineRegistration;

/**
 * Report tests share a database of their own ({@value #DATABASE}): the demo data there is dated
 * today, the fixtures are dated in past years, so every count over a fixture's year is exact.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "camunda.bpm.job-execution.enabled=false" })
abstract class ReportIntegrationTest {

    static final String DATABASE = "report_it";
    static final String MANAGER = "responsable";
    static final String PASSWORD = "demo";
    static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry, DATABASE);
    }

    @BeforeEach
    void registerThisContextsEngine() {
        SpringProcessEngineRegistration.use(processEngine);
        rest.getRestTemplate().setUriTemplateHandler(new DefaultUriBuilderFactory("http://127.0.0.1:" + port));
    }

    ResponseEntity<Map<String, Object>> report(String user, String query) {
        return rest.withBasicAuth(user, PASSWORD).exchange("/api/reports/activity" + query, HttpMethod.GET, null, MAP);
    }

    /** The value of a cell: table by key, row by key (territory code, category or TOTAL), column by key. */
    @SuppressWarnings("unchecked")
    static Number cell(Map<String, Object> report, String table, String row, String column) {
        for (Map<String, Object> t : (Iterable<Map<String, Object>>) report.get("tables")) {
            if (t.get("key").equals(table)) {
                for (Map<String, Object> r : (Iterable<Map<String, Object>>) t.get("rows")) {
                    if (r.get("key").equals(row)) {
                        return (Number) ((Map<String, Object>) r.get("values")).get(column);
                    }
                }
                throw new AssertionError("No row " + row + " in table " + table);
            }
        }
        throw new AssertionError("No table " + table);
    }
}
