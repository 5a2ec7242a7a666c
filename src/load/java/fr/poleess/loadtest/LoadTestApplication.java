package fr.poleess.loadtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import fr.poleess.support.SupportApplication;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts the application for the load test, as {@code spring-boot:start} of the {@code load} profile
 * runs it. {@code -Dload.database=h2} (default): the default run (demo data) on a fresh H2 file
 * database. {@code -Dload.database=postgres}: the {@code postgres} profile on an embedded PostgreSQL
 * with its durable defaults (fsync and synchronous commit on), as a real installation runs it.
 */
public final class LoadTestApplication {

    /** The administrator's password of the PostgreSQL run; the simulation logs in with it. */
    public static final String POSTGRES_ADMIN_PASSWORD = "Charge-Gestion-2026!";

    private LoadTestApplication() {
    }

    public static void main(String[] args) throws IOException {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        if ("postgres".equals(System.getProperty("load.database", "h2"))) {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            arguments.add("--spring.profiles.active=postgres");
            arguments.add("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"));
            arguments.add("--spring.datasource.username=postgres");
            arguments.add("--spring.datasource.password=postgres");
            arguments.add("--support.admin.password=" + POSTGRES_ADMIN_PASSWORD);
            // Plain HTTP on the loopback: the simulation keeps no cookie anyway.
            arguments.add("--support.security.secure-cookies=false");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    // The JVM is exiting; the data directory is temporary.
                }
            }, "load-postgres-shutdown"));
        } else {
            Path data = Files.createTempDirectory("parcours-load-h2");
            arguments.add("--spring.datasource.url=jdbc:h2:file:" + data.resolve("parcours")
                    + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000");
        }
        SpringApplication application = new SpringApplication(SupportApplication.class);
        // The test classes are on the classpath (for the embedded PostgreSQL): keep their test-only
        // configurations out of the application's component scan, as Spring Boot's tests do.
        application.addInitializers(context -> context.getBeanFactory()
                .registerSingleton("loadTestTypeExcludeFilter", new TestConfigurationExcludeFilter()));
        application.run(arguments.toArray(String[]::new));
    }

    /** Leaves out {@code @TestConfiguration} classes (and those nested in tests) of the test classpath. */
    static final class TestConfigurationExcludeFilter extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata()
                    .hasAnnotation("org.springframework.boot.test.context.TestConfiguration")
                    || reader.getClassMetadata().getClassName().matches(".*(Test|Tests|IT|Benchmark)\\$.*");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestConfigurationExcludeFilter;
        }

        @Override
        public int hashCode() {
            return TestConfigurationExcludeFilter.class.hashCode();
        }
    }
}
