package fr.poleess.support.privacy.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.poleess.support.privacy.AccessAction;
import fr.poleess.support.privacy.AccessLog;

/**
 * {@link AccessLog} on the {@code access_log} table; a change also moves the journey's last change.
 * <p>
 * A read outside any transaction (the detail, a document, an export: what {@code AccessLogInterceptor}
 * records after answering) is written behind, in one batch a second later, so that reading a journey
 * costs no insert of its own; its time is the read's. Changes, and anything recorded inside a
 * transaction, are written at once in that transaction. Whatever reads the table flushes first
 * ({@link #flush()}), and so does shutdown: only a crash can lose the last second of reads.
 */
@Service
class JdbcAccessLog implements AccessLog {

    /** A journey's reference ({@code BEA-2026-0042}): anything else (a session's business key) is not logged. */
    static final Pattern REFERENCE = Pattern.compile("[A-Z]{3}-\\d{4}-\\d{4,}");
    static final Duration WRITE_BEHIND = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(JdbcAccessLog.class);
    private static final String INSERT = "insert into access_log (reference, actor, action, detail, occurred_at) values (?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final Actor actor;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final Queue<Object[]> pendingReads = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "access-log-writer");
        thread.setDaemon(true);
        return thread;
    });

    JdbcAccessLog(JdbcTemplate jdbc, Actor actor, Clock clock, PlatformTransactionManager transactionManager) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.actor = actor;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void record(String reference, AccessAction action, String detail) {
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            return;
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        String truncated = detail == null ? null : detail.length() > 200 ? detail.substring(0, 200) : detail;
        Object[] row = { reference, actor.id(), action.name(), truncated, now };
        if (!action.isChange() && !TransactionSynchronizationManager.isActualTransactionActive()) {
            pendingReads.add(row);
            if (flushScheduled.compareAndSet(false, true)) {
                writer.schedule(this::scheduledFlush, WRITE_BEHIND.toMillis(), TimeUnit.MILLISECONDS);
            }
            return;
        }
        transactions.executeWithoutResult(status -> {
            jdbc.update(INSERT, row);
            if (action.isChange()) {
                if (jdbc.update("update journey_last_change set changed_at = ? where reference = ? and changed_at < ?", now,
                        reference, now) == 0
                        && jdbc.queryForObject("select count(*) from journey_last_change where reference = ?",
                                Integer.class, reference) == 0) {
                    jdbc.update("insert into journey_last_change (reference, changed_at) values (?, ?)", reference, now);
                }
            }
        });
    }

    /** Writes the reads waiting to be written, in one batch (in the caller's transaction if there is one). */
    void flush() {
        List<Object[]> batch = new ArrayList<>();
        for (Object[] row = pendingReads.poll(); row != null; row = pendingReads.poll()) {
            batch.add(row);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            transactions.executeWithoutResult(status -> jdbc.batchUpdate(INSERT, batch));
        } catch (RuntimeException e) {
            pendingReads.addAll(batch);
            throw e;
        }
    }

    private void scheduledFlush() {
        flushScheduled.set(false);
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("Access log: {} reads not written yet, retrying: {}", pendingReads.size(), e.toString());
            if (flushScheduled.compareAndSet(false, true)) {
                writer.schedule(this::scheduledFlush, 5 * WRITE_BEHIND.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    @PreDestroy
    void close() {
        writer.shutdownNow();
        flush();
    }

    /** One journey's entries, oldest first. */
    List<Entry> entries(String reference) {
        flush();
        return jdbc.query("""
                select occurred_at, actor, action, detail from access_log where reference = ? order by occurred_at, id""",
                (rs, n) -> new Entry(rs.getTimestamp(1).toLocalDateTime(), rs.getString(2),
                        AccessAction.valueOf(rs.getString(3)), AccessAction.valueOf(rs.getString(3)).label(),
                        rs.getString(4)),
                reference);
    }

    record Entry(LocalDateTime at, String actor, AccessAction action, String label, String detail) {
    }
}
