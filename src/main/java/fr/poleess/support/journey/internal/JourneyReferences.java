package fr.poleess.support.journey.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

import javax.sql.DataSource;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Gives readable journey references: territory code, year, number in that year ({@code BEA-2026-0042}). */
@Component
public class JourneyReferences {

    private final ReferenceCounters counters;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    JourneyReferences(ReferenceCounters counters, JdbcTemplate jdbc, DataSource dataSource) {
        this.counters = counters;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * The next reference, the counter row locked until the caller's transaction ends, so that two journeys
     * opened at once never get the same number and a rolled-back opening leaves no gap.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String territoryCode, int year) {
        ReferenceCounter counter = counters.lock(territoryCode, year).orElseGet(() -> {
            createIfAbsent(territoryCode, year);
            return counters.lock(territoryCode, year).orElseThrow();
        });
        return "%s-%d-%04d".formatted(territoryCode, year, counter.next());
    }

    /**
     * Creates the year's counter row unless another transaction did it first. The insert runs under a
     * savepoint of the caller's transaction: when a concurrent opening (or the demo seeding) inserted the
     * same row, the database waits for it, then refuses ours as a duplicate, and only the savepoint is
     * rolled back; the lock that follows then finds that row. Same on H2 and PostgreSQL, and no second
     * connection is taken from the pool.
     */
    private void createIfAbsent(String territoryCode, int year) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint savepoint = connection.setSavepoint();
            try {
                jdbc.update("insert into journey_reference_counter (territory_code, ref_year, last_value)"
                        + " values (?, ?, 0)", territoryCode, year);
                connection.releaseSavepoint(savepoint);
            } catch (DataIntegrityViolationException alreadyThere) {
                connection.rollback(savepoint);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the reference counter of " + territoryCode + " " + year, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
