package fr.poleess.support.reporting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes report fixtures straight into our tables (PostgreSQL), the way the application would have
 * left them: moments in Paris local time, one participant record per journey.
 */
final class ReportFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcTemplate jdbc;

    ReportFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A person as one journey records them. */
    record Person(String firstName, String lastName, int birthYear, String gender, String situation,
            String cameThrough, String partnerType) {
    }

    static Person person(String firstName, String lastName, int birthYear, String gender) {
        return new Person(firstName, lastName, birthYear, gender, "JOB_SEEKER", "WORD_OF_MOUTH", null);
    }

    /** A new participant record and its journey. */
    long journey(String prefix, Person person, String territory, LocalDate openedOn) {
        long participant = jdbc.queryForObject("""
                insert into participant (first_name, last_name, email, phone, commune_name, gender, birth_year, situation,
                    came_through, referring_partner_type, consent_given, created_at)
                values (?, ?, ?, '06 00 00 00 00', 'Beaune', ?, ?, ?, ?, ?, true, ?) returning id""", Long.class,
                person.firstName(), person.lastName(), person.lastName().trim().toLowerCase() + "@example.org",
                person.gender(), person.birthYear(), person.situation(), person.cameThrough(), person.partnerType(),
                Timestamp.valueOf(openedOn.atStartOfDay()));
        String reference = prefix + "-" + SEQUENCE.incrementAndGet();
        return jdbc.queryForObject("""
                insert into journey (reference, participant_id, territory_code, referent_advisor, status, opened_on, version)
                values (?, ?, ?, 'conseiller.beaune', 'RECEPTION', ?, 0) returning id""", Long.class, reference,
                participant, territory, openedOn);
    }

    /** The reception task completed at {@code recordedAt} (Paris local time). */
    void reception(long journey, LocalDateTime recordedAt, String decision) {
        jdbc.update("""
                insert into reception (journey_id, held_on, mode, project_summary, project_sector, decision, advisor, recorded_at)
                values (?, ?, 'ON_SITE', 'Projet', 'TRADE', ?, 'conseiller.beaune', ?)""", journey,
                recordedAt.toLocalDate(), decision, Timestamp.valueOf(recordedAt));
        jdbc.update("update journey set received_on = ?, status = 'AGREEMENT' where id = ?", recordedAt.toLocalDate(),
                journey);
    }

    /** An agreement from {@code start} for {@code months}; {@code signedOn} null when never signed. */
    void agreement(long journey, LocalDate start, int months, LocalDate signedOn) {
        jdbc.update("""
                insert into support_agreement (journey_id, start_date, duration_months, planned_end_date, objectives,
                    prepared_by, prepared_at, signed_on, version)
                values (?, ?, ?, ?, 'Objectifs', 'conseiller.beaune', ?, ?, 0)""", journey, start, months,
                start.plusMonths(months), Timestamp.valueOf(start.atStartOfDay()), signedOn);
        if (signedOn != null) {
            jdbc.update("update journey set agreement_signed_on = ?, status = 'IN_PROGRESS' where id = ?", signedOn,
                    journey);
        }
    }

    long appointment(long journey, LocalDateTime heldAt, String mode) {
        return jdbc.queryForObject("""
                insert into appointment (journey_id, held_at, duration_minutes, mode, advisor, recorded_at)
                values (?, ?, 60, ?, 'conseiller.beaune', ?) returning id""", Long.class, journey,
                Timestamp.valueOf(heldAt), mode, Timestamp.valueOf(heldAt));
    }

    void outcome(long journey, String kind, LocalDate on, Integer jobs) {
        jdbc.update("""
                insert into journey_outcome (journey_id, kind, outcome_date, jobs_created, recorded_by, recorded_at)
                values (?, ?, ?, ?, 'conseiller.beaune', ?)""", journey, kind, on, jobs,
                Timestamp.valueOf(on.atTime(12, 0)));
        jdbc.update("update journey set closed_on = ?, status = 'CLOSED' where id = ?", on, journey);
    }

    void followUp(long journey, int months, LocalDate recordedOn, boolean running) {
        jdbc.update("""
                insert into post_creation_follow_up (journey_id, milestone_months, due_on, recorded_on, activity_running,
                    support_requested, recorded_by)
                values (?, ?, ?, ?, ?, false, 'conseiller.beaune')""", journey, months, recordedOn, recordedOn, running);
    }

    /** A collective session of a territory; {@code kind}: INFORMATION_SESSION, THEMATIC_WORKSHOP, BREAKFAST. */
    long session(String kind, String territory, String status) {
        return jdbc.queryForObject("""
                insert into collective_session (kind, title, territory_code, place_kind, capacity, status, created_by,
                    created_at, version)
                values (?, ?, ?, 'OFFICE', 12, ?, 'conseiller.beaune', ?, 0) returning id""", Long.class, kind,
                "Séance " + SEQUENCE.incrementAndGet(), territory, status, Timestamp.valueOf(LocalDateTime.of(2020, 1, 1, 9, 0)));
    }

    long slot(long session, LocalDateTime startsAt) {
        return jdbc.queryForObject("""
                insert into collective_session_slot (session_id, starts_at, duration_minutes) values (?, ?, 180)
                returning id""", Long.class, session, Timestamp.valueOf(startsAt));
    }

    /** Registers a journey's participant for the session and records their attendance at each slot given. */
    void attended(long session, long journey, String status, long... slots) {
        long registration = jdbc.queryForObject("""
                insert into collective_registration (session_id, journey_id, status, registered_at, registered_by)
                values (?, ?, 'REGISTERED', ?, 'conseiller.beaune') returning id""", Long.class, session, journey,
                Timestamp.valueOf(LocalDateTime.of(2020, 1, 1, 9, 0)));
        for (long slot : slots) {
            jdbc.update("""
                    insert into collective_attendance (registration_id, slot_id, status, recorded_at, recorded_by)
                    values (?, ?, ?, ?, 'conseiller.beaune')""", registration, slot, status,
                    Timestamp.valueOf(LocalDateTime.of(2020, 1, 1, 9, 0)));
        }
    }

    /** A professional partner of the given kind (CMA, BANK…). */
    long partner(String name, String kind) {
        return jdbc.queryForObject("""
                insert into partner (name, partner_type, kind, contact_function, active, version)
                values (?, 'PROFESSIONAL_RESOURCE', ?, 'Accueil création', true, 0) returning id""", Long.class, name,
                kind);
    }

    void referral(long journey, long partner, String kind, LocalDate proposedOn, String status) {
        jdbc.update("""
                insert into referral (journey_id, partner_id, partner_kind, recommended, contact_shared, status,
                    proposed_on, proposed_by, meeting_on, version)
                values (?, ?, ?, false, true, ?, ?, 'conseiller.beaune', ?, 0)""", journey, partner, kind, status,
                proposedOn, "MEETING_HELD".equals(status) ? proposedOn.plusDays(10) : null);
    }

    boolean loaded(String prefix) {
        Integer count = jdbc.queryForObject("select count(*) from journey where reference like ?", Integer.class,
                prefix + "-%");
        return count != null && count > 0;
    }
}
