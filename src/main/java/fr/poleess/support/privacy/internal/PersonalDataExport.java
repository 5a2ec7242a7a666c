package fr.poleess.support.privacy.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.poleess.support.privacy.internal.PersonJourneys.JourneyRow;

/**
 * Everything we hold on a person and their journeys (article 15), read with plain SQL from every
 * module's tables: identity, contacts, and per journey the reception, the agreement and its
 * amendments, appointments with their notes, collective sessions, referrals and what was shared with
 * whom, follow-ups, the outcome, messages sent, documents and consents. The same map is the JSON
 * answer and what the PDF prints. Staff members appear by their user id, as our tables hold them.
 */
@Component
class PersonalDataExport {

    /** Sections of a journey, in the order they are printed. */
    static final List<String> JOURNEY_SECTIONS = List.of("reception", "agreement", "amendments", "appointments",
            "projectProfile", "collectiveSessions", "referrals", "followUps", "outcome", "messages", "documents",
            "consents");

    private final JdbcTemplate jdbc;
    private final PersonJourneys journeys;
    private final Clock clock;

    PersonalDataExport(JdbcTemplate jdbc, PersonJourneys journeys, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.journeys = journeys;
    }

    Map<String, Object> export(JourneyRow asked) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("reference", asked.reference());
        export.put("exportedAt", LocalDateTime.now(clock));
        export.put("identity", one("""
                select first_name, last_name, birth_year, gender, situation, came_through, referring_partner_type,
                       referring_partner_name, information_session_on, created_at
                from participant where id = ?""", asked.participantId()));
        export.put("contacts", one("""
                select email, phone, address_line, postal_code, commune_name, messages_paused
                from participant where id = ?""", asked.participantId()));
        export.put("mobilityConstraints", jdbc.queryForList(
                "select constraint_code from participant_mobility_constraint where participant_id = ?", String.class,
                asked.participantId()));
        List<Map<String, Object>> all = new ArrayList<>();
        for (JourneyRow journey : journeys.ofSamePersonVisible(asked)) {
            all.add(journey(journey));
        }
        export.put("journeys", all);
        return export;
    }

    private Map<String, Object> journey(JourneyRow journey) {
        long id = journey.id();
        Map<String, Object> map = one("""
                select j.reference, t.name as territory, j.status, j.referent_advisor, j.opened_on, j.received_on,
                       j.agreement_signed_on, j.closed_on
                from journey j join territory t on t.code = j.territory_code where j.id = ?""", id);
        map.put("reception", one("""
                select held_on, mode, project_summary, project_sector, needs, decision, redirected_to, comment, advisor,
                       recorded_at
                from reception where journey_id = ?""", id));
        Map<String, Object> agreement = one("""
                select id, start_date, duration_months, planned_end_date, objectives, planned_workshops, prepared_by,
                       prepared_at, signed_on
                from support_agreement where journey_id = ?""", id);
        if (agreement != null) {
            agreement.put("activities", jdbc.queryForList(
                    "select activity_code from support_agreement_activity where agreement_id = ?", String.class,
                    agreement.remove("id")));
        }
        map.put("agreement", agreement);
        map.put("amendments", list("""
                select m.extension_months, m.previous_end_date, m.new_end_date, m.reason, m.created_by, m.created_at
                from agreement_amendment m join support_agreement a on a.id = m.agreement_id
                where a.journey_id = ? order by m.created_at""", id));
        map.put("appointments", list("""
                select held_at, duration_minutes, mode, place, steps_done, notes, next_steps, next_appointment_on,
                       next_appointment_time, next_appointment_mode, next_appointment_place, advisor, recorded_at
                from appointment where journey_id = ? order by held_at""", id));
        map.put("projectProfile", one("""
                select legal_form_considered, financing_need, bank_access, updated_on, updated_by
                from project_profile where journey_id = ?""", id));
        map.put("collectiveSessions", list("""
                select s.kind, s.title, s.theme, r.status as registration, r.registered_at,
                       r.prospect_first_name, r.prospect_last_name, r.prospect_commune, r.prospect_email,
                       r.prospect_phone,
                       (select min(sl.starts_at) from collective_session_slot sl where sl.session_id = s.id) as first_slot,
                       (select count(*) from collective_attendance a where a.registration_id = r.id
                          and a.status = 'PRESENT') as slots_attended
                from collective_registration r join collective_session s on s.id = r.session_id
                where r.journey_id = ? or r.opened_journey_id = ? order by r.registered_at""", id, id));
        map.put("referrals", list("""
                select p.name as partner, r.partner_kind, r.recommendation_reason, r.contact_shared, r.status,
                       r.proposed_on, r.proposed_by, r.sent_on, r.chased_on, r.meeting_on, r.outcome, r.closed_on
                from referral r join partner p on p.id = r.partner_id
                where r.journey_id = ? order by r.proposed_on, r.id""", id));
        map.put("followUps", list("""
                select milestone_months, due_on, recorded_on, activity_running, jobs, revenue_band, help_needed,
                       support_requested, recorded_by
                from post_creation_follow_up where journey_id = ? order by milestone_months""", id));
        map.put("outcome", one("""
                select kind, outcome_date, path_summary, legal_form, activity_created_on, siret, jobs_created,
                       redirected_to, comment, recorded_by, recorded_at
                from journey_outcome where journey_id = ?""", id));
        map.put("messages", list("""
                select created_at, kind, channel, recipient, subject, body, status, sent_at
                from outbox_message where journey_id = ? order by created_at, id""", id));
        map.put("documents", list("""
                select kind, version, file_name, size_bytes, sha256, created_at, created_by
                from generated_document where journey_id = ? order by created_at, id""", id));
        map.put("consents", list("""
                select c.purpose, p.name as partner, c.wording_version, c.given_at, c.recorded_by, c.withdrawn_at,
                       c.withdrawn_by
                from consent_record c left join partner p on p.id = c.partner_id
                where c.journey_id = ? order by c.given_at, c.id""", id));
        map.put("erasure", one("""
                select erased_at, trigger_kind, reason from erasure_record where reference = ?""", journey.reference()));
        return map;
    }

    private Map<String, Object> one(String sql, Object... args) {
        List<Map<String, Object>> rows = list(sql, args);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private List<Map<String, Object>> list(String sql, Object... args) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList(sql, args)) {
            Map<String, Object> clean = new LinkedHashMap<>();
            row.forEach((column, value) -> clean.put(camel(column), plain(value)));
            rows.add(clean);
        }
        return rows;
    }

    private static Object plain(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Time time) {
            return time.toLocalTime();
        }
        return value;
    }

    static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
