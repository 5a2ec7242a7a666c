package fr.poleess.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of full-application tests on a real PostgreSQL ({@link EmbeddedPostgresSupport}), on a random
 * port bound to 127.0.0.1, with the job executor off so that tests fire jobs themselves, e-mail sent to
 * the test JVM's SMTP server ({@link SmtpTestServer#running()}) and SQL statements countable
 * ({@link SqlStatementCounter}, inert until a test starts it).
 * <p>
 * Every subclass shares the database {@value #DATABASE} and one cached application context, as long as
 * it adds no configuration of its own: no {@code @TestConfiguration}, {@code @MockitoBean},
 * {@code @DynamicPropertySource}, property or profile. A full start costs about a minute, so what a test
 * needs in addition belongs here, for all, when it is harmless to the others (as the SMTP server and the
 * counter are), or in the test's model (a probe process names its delegate class instead of a bean).
 * Assert on the data you created (your process instances, your business keys), not on global counts,
 * because the demo data and other tests are there too. A test that needs a clean database does not extend
 * this class and registers its own name instead (and calls {@link SpringProcessEngineRegistration#use} if
 * it goes through HTTP).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "camunda.bpm.job-execution.enabled=false" })
@Import(SqlStatementCounter.class)
public abstract class PostgresIntegrationTest {

    public static final String DATABASE = "app_it";

    @Autowired
    protected ProcessEngine processEngine;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry, DATABASE);
        SmtpTestServer.registerShared(registry);
    }

    /** The engine REST API and the webapps must reach this context's engine; see {@link SpringProcessEngineRegistration}. */
    @BeforeEach
    void registerThisContextsEngine() {
        SpringProcessEngineRegistration.use(processEngine);
    }
}
