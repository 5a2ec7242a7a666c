package fr.poleess.support.privacy.internal;

import java.time.Clock;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.privacy.RetentionSettings;
import fr.poleess.support.privacy.internal.PersonJourneys.JourneyRow;

/**
 * Applies the retention periods of {@link RetentionSettings}, run daily by the engine's timer
 * ({@code data-retention.bpmn}) or by hand as a dry run. "Now" is the engine's clock.
 * <p>
 * <b>Last contact</b> of a journey is the latest of: its opening, reception, agreement prepared or
 * signed, amendment, appointment held (not one booked in the future) or recorded, collective session
 * slot attended, referral proposed, sent, met or closed, post-creation follow-up, outcome recorded, and
 * any change recorded in the access log (task completed, change through the API, consent withdrawn) —
 * kept apart in {@code journey_last_change} since the log itself goes after a year. Reading a journey
 * is not a contact. A person is anonymised when none of their journeys had a contact for
 * {@code afterLastContact}: the period runs from the last contact with the person, not per journey.
 */
@Service
class Retention {

    private static final String LAST_CONTACTS = """
            select journey_id, max(at) as last_contact from (
              select id as journey_id, cast(opened_on as timestamp) as at from journey
              union all select id, cast(received_on as timestamp) from journey
              union all select id, cast(agreement_signed_on as timestamp) from journey
              union all select id, cast(closed_on as timestamp) from journey
              union all select journey_id, recorded_at from reception
              union all select journey_id, prepared_at from support_agreement
              union all select a.journey_id, m.created_at from agreement_amendment m
                        join support_agreement a on a.id = m.agreement_id
              union all select journey_id, case when held_at <= ? then held_at else recorded_at end from appointment
              union all select r.journey_id, sl.starts_at from collective_attendance ca
                        join collective_registration r on r.id = ca.registration_id
                        join collective_session_slot sl on sl.id = ca.slot_id
                        where ca.status = 'PRESENT' and r.journey_id is not null
              union all select journey_id, cast(proposed_on as timestamp) from referral
              union all select journey_id, cast(sent_on as timestamp) from referral
              union all select journey_id, cast(meeting_on as timestamp) from referral
              union all select journey_id, cast(closed_on as timestamp) from referral
              union all select journey_id, cast(recorded_on as timestamp) from post_creation_follow_up
              union all select journey_id, recorded_at from journey_outcome
              union all select j.id, c.changed_at from journey_last_change c join journey j on j.reference = c.reference
            ) contacts
            where at is not null
            group by journey_id""";

    private final JdbcTemplate jdbc;
    private final PersonJourneys journeys;
    private final Erasure erasure;
    private final RetentionSettings settings;
    private final EngineScrubbing engine;
    private final Clock clock;
    private final JdbcAccessLog accessLog;

    Retention(JdbcTemplate jdbc, PersonJourneys journeys, Erasure erasure, RetentionSettings settings,
            EngineScrubbing engine, Clock clock, JdbcAccessLog accessLog) {
        this.clock = clock;
        this.engine = engine;
        this.accessLog = accessLog;
        this.jdbc = jdbc;
        this.journeys = journeys;
        this.erasure = erasure;
        this.settings = settings;
    }

    /** What a run anonymised or deleted (or, dry, would). */
    record Report(boolean dryRun, LocalDateTime ranAt, LocalDateTime lastContactBefore, List<JourneyDue> journeys,
            int prospects, int outboxBodies, int accessLogEntries, int legalHoldsExpired) {
    }

    /** A journey due for anonymisation, with its last contact. */
    record JourneyDue(String reference, LocalDateTime lastContact) {
    }

    @Transactional
    Report run(boolean dryRun) {
        // Reads written behind count and age like the others.
        accessLog.flush();
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime contactCutoff = now.minus(settings.afterLastContact());
        Timestamp prospectCutoff = Timestamp.valueOf(now.minus(settings.prospects()));
        Timestamp outboxCutoff = Timestamp.valueOf(now.minus(settings.outboxBodies()));
        Timestamp logCutoff = Timestamp.valueOf(now.minus(settings.accessLog()));
        LocalDate today = now.toLocalDate();

        List<JourneyDue> due = new ArrayList<>();
        Map<Long, LocalDateTime> lastContact = lastContacts(now);
        Set<Long> done = new HashSet<>();
        int people = 0;
        for (Map.Entry<Long, LocalDateTime> entry : lastContact.entrySet()) {
            if (!entry.getValue().isBefore(contactCutoff) || done.contains(entry.getKey())
                    || people >= settings.batchSize()) {
                continue;
            }
            JourneyRow journey = journeys.find(reference(entry.getKey())).orElseThrow();
            List<JourneyRow> person = journeys.ofSamePerson(journey).stream()
                    .filter(j -> !journeys.isErased(j.reference())).toList();
            person.forEach(j -> done.add(j.id()));
            boolean allDue = person.stream().allMatch(j -> lastContact.containsKey(j.id())
                    && lastContact.get(j.id()).isBefore(contactCutoff));
            if (!allDue || person.isEmpty()) {
                continue;
            }
            people++;
            person.forEach(j -> due.add(new JourneyDue(j.reference(), lastContact.get(j.id()))));
            if (!dryRun) {
                erasure.erase(person, Erasure.Trigger.RETENTION, "Conservation : aucun contact depuis "
                        + settings.afterLastContact());
            }
        }

        String prospects = """
                from collective_registration where journey_id is null and opened_journey_id is null
                  and registered_at < ? and (prospect_last_name is not null or prospect_email is not null
                                             or prospect_phone is not null)""";
        String bodies = "from outbox_message where created_at < ? and body <> '" + PersonalDataTables.ERASED
                + "' and status not in ('PENDING', 'CALL_REQUESTED')";
        int prospectCount = count(prospects, prospectCutoff);
        int bodyCount = count(bodies, outboxCutoff);
        int logCount = count("from access_log where occurred_at < ?", logCutoff);
        int holdCount = count("from legal_hold where keep_until < ?", java.sql.Date.valueOf(today));
        if (!dryRun) {
            List<String> needles = new ArrayList<>();
            jdbc.query("select prospect_last_name, prospect_first_name, prospect_email, prospect_phone " + prospects,
                    rs -> {
                        if (rs.getString(1) != null) {
                            needles.add(rs.getString(1));
                            if (rs.getString(2) != null) {
                                needles.add(rs.getString(2) + " " + rs.getString(1));
                            }
                        }
                        for (int column = 3; column <= 4; column++) {
                            if (rs.getString(column) != null) {
                                needles.add(rs.getString(column));
                            }
                        }
                    }, prospectCutoff);
            engine.scrubValues(needles);
            jdbc.update("""
                    update outbox_message set recipient = null, subject = '%1$s', body = '%1$s'
                    where lower(recipient) in (select lower(prospect_email) %2$s)""".formatted(PersonalDataTables.ERASED,
                    prospects), prospectCutoff);
            jdbc.update("update collective_registration set prospect_first_name = null, prospect_last_name = null,"
                    + " prospect_commune = null, prospect_email = null, prospect_phone = null where id in (select id "
                    + prospects + ")", prospectCutoff);
            jdbc.update("update outbox_message set body = '" + PersonalDataTables.ERASED + "', last_error = null, calendar = null where id in"
                    + " (select id " + bodies + ")", outboxCutoff);
            jdbc.update("delete from access_log where occurred_at < ?", logCutoff);
            jdbc.update("delete from legal_hold where keep_until < ?", java.sql.Date.valueOf(today));
        }
        due.sort((a, b) -> a.reference().compareTo(b.reference()));
        return new Report(dryRun, now, contactCutoff, due, prospectCount, bodyCount, logCount, holdCount);
    }

    /** Every journey not erased yet, with its last contact, oldest first. */
    Map<Long, LocalDateTime> lastContacts(LocalDateTime now) {
        Map<Long, LocalDateTime> contacts = new HashMap<>();
        jdbc.query(LAST_CONTACTS, rs -> {
            contacts.put(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime());
        }, Timestamp.valueOf(now));
        Set<Long> erased = new HashSet<>(jdbc.queryForList(
                "select j.id from journey j join erasure_record e on e.reference = j.reference", Long.class));
        Map<Long, LocalDateTime> sorted = new LinkedHashMap<>();
        contacts.entrySet().stream().filter(e -> !erased.contains(e.getKey()))
                .sorted(Map.Entry.comparingByValue()).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private String reference(Long journeyId) {
        return jdbc.queryForObject("select reference from journey where id = ?", String.class, journeyId);
    }

    private int count(String from, Object parameter) {
        return jdbc.queryForObject("select count(*) " + from, Integer.class, parameter);
    }
}
