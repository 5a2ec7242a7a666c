package fr.poleess.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of full-application tests on a real PostgreSQL ({@link EmbeddedPostgresSupport}), on a random
 * port bound to 127.0.0.1, with the job executor off so that tests fire jobs themselves.
 * <p>
 * Every subclass shares the database {@value #DATABASE} and, as long as it adds no configuration of
 * its own, one cached application context: assert on the data you created (your process instances,
 * your business keys), not on global counts, because the demo data and other tests are there too.
 * A test that needs a clean database does not extend this class and registers its own name instead
 * (and calls {@link SpringProcessEngineRegistration#use} if it goes through HTTP).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "camunda.bpm.job-execution.enabled=false" })
public abstract class PostgresIntegrationTest {

    public static final String DATABASE = "app_it";

    @Autowired
    protected ProcessEngine processEngine;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry, DATABASE);
    }

    /** The engine REST API and the webapps must reach this context's engine; see {@link SpringProcessEngineRegistration}. */
    @BeforeEach
    void registerThisContextsEngine() {
        SpringProcessEngineRegistration.use(processEngine);
    }
}
