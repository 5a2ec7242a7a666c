package fr.poleess.support.privacy.internal;

import java.time.Clock;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.privacy.AccessAction;
import fr.poleess.support.privacy.AccessLog;

/** {@link AccessLog} on the {@code access_log} table; a change also moves the journey's last change. */
@Service
class JdbcAccessLog implements AccessLog {

    /** A journey's reference ({@code BEA-2026-0042}): anything else (a session's business key) is not logged. */
    static final Pattern REFERENCE = Pattern.compile("[A-Z]{3}-\\d{4}-\\d{4,}");

    private final JdbcTemplate jdbc;
    private final Actor actor;
    private final Clock clock;

    JdbcAccessLog(JdbcTemplate jdbc, Actor actor, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.actor = actor;
    }

    @Override
    @Transactional
    public void record(String reference, AccessAction action, String detail) {
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            return;
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        String truncated = detail == null ? null : detail.length() > 200 ? detail.substring(0, 200) : detail;
        jdbc.update("insert into access_log (reference, actor, action, detail, occurred_at) values (?, ?, ?, ?, ?)",
                reference, actor.id(), action.name(), truncated, now);
        if (action.isChange()) {
            if (jdbc.update("update journey_last_change set changed_at = ? where reference = ? and changed_at < ?", now,
                    reference, now) == 0
                    && jdbc.queryForObject("select count(*) from journey_last_change where reference = ?",
                            Integer.class, reference) == 0) {
                jdbc.update("insert into journey_last_change (reference, changed_at) values (?, ?)", reference, now);
            }
        }
    }

    /** One journey's entries, oldest first. */
    List<Entry> entries(String reference) {
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
