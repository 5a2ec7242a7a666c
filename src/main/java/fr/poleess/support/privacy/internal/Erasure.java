package fr.poleess.support.privacy.internal;

import java.time.Clock;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.poleess.support.privacy.AccessAction;
import fr.poleess.support.privacy.AccessLog;
import fr.poleess.support.privacy.internal.PersonJourneys.JourneyRow;
import fr.poleess.support.privacy.internal.PersonalDataTables.Scrub;

/**
 * Erases a person (article 17, or retention): in one transaction, our tables are anonymised as
 * {@link PersonalDataTables} says, the engine's as {@link EngineScrubbing} does, the signed agreement
 * goes to the restricted archive ({@code legal_hold}) for the time the law requires, and the erasure is
 * recorded (without the erased values) in {@code erasure_record} and the access log. Counts the yearly
 * report needs are kept; a report for a past period gives the same figures before and after.
 */
@Service
class Erasure {

    /** Why the journey was erased. */
    enum Trigger {
        /** The person asked (article 17), through a manager. */
        REQUEST,
        /** No contact for the retention period. */
        RETENTION
    }

    /** The legal basis of the archive, stated in the answer and in docs/privacy.md. */
    static final String LEGAL_BASIS = "Contrat signé conservé pour le contrôle des financeurs (Fonds social européen :"
            + " 5 ans à compter du 31 décembre de l'année de fin du parcours), en archive à accès restreint";
    static final int LEGAL_HOLD_YEARS = 5;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final EngineScrubbing engine;
    private final AccessLog accessLog;
    private final Actor actor;
    private final ObjectMapper json;
    private final Clock clock;

    Erasure(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, EngineScrubbing engine, AccessLog accessLog,
            Actor actor, ObjectMapper json, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.named = named;
        this.engine = engine;
        this.accessLog = accessLog;
        this.actor = actor;
        this.json = json;
    }

    /** What an erasure did: never a value, only what kinds of data and how many rows. */
    record Result(List<String> references, LocalDateTime erasedAt, Trigger trigger, String reason,
            Map<String, Integer> erased, Map<String, Integer> engine, List<Kept> kept) {
    }

    /** A record kept for a legal obligation, until when and why. */
    record Kept(String reference, String what, LocalDate until, String legalBasis) {
    }

    /**
     * Erases the given journeys of one person, those not erased yet.
     *
     * @param journeys all the journeys of the person (same pseudonym for all)
     */
    @Transactional
    Result erase(List<JourneyRow> journeys, Trigger trigger, String reason) {
        List<JourneyRow> toErase = journeys.stream()
                .filter(j -> jdbc.queryForObject("select count(*) from erasure_record where reference = ?",
                        Integer.class, j.reference()) == 0)
                .toList();
        LocalDateTime now = LocalDateTime.now(clock);
        if (toErase.isEmpty()) {
            return new Result(List.of(), now, trigger, reason, Map.of(), Map.of(), List.of());
        }
        List<Long> ids = toErase.stream().map(JourneyRow::id).toList();
        List<String> references = toErase.stream().map(JourneyRow::reference).toList();
        MapSqlParameterSource params = new MapSqlParameterSource("journeys", ids);

        Set<String> needles = needles(params);
        List<String> emails = needles.stream().filter(n -> n.contains("@")).toList();
        params.addValue("emails", emails.isEmpty() ? List.of("-") : emails);
        List<String> deliveries = named.queryForList("""
                select process_instance_id from outbox_message
                where (journey_id in (:journeys) or lower(recipient) in (:emails)) and process_instance_id is not null""",
                params, String.class);

        List<Kept> kept = archive(toErase, now);

        Map<String, Integer> erased = new LinkedHashMap<>();
        params.addValue("firstName", "Anonyme");
        byte[] pseudonym = new byte[4];
        RANDOM.nextBytes(pseudonym);
        params.addValue("lastName", "Anonyme-" + HexFormat.of().formatHex(pseudonym));
        params.addValue("now", Timestamp.valueOf(now));
        for (Scrub scrub : PersonalDataTables.SCRUBS) {
            erased.merge(scrub.table() + " — " + scrub.what(), named.update(scrub.sql(), params), Integer::sum);
        }
        Map<String, Integer> engineCounts = engine.scrub(references, deliveries, needles);

        Result result = new Result(references, now, trigger, reason, erased, engineCounts, kept);
        String summary = summary(result);
        for (String reference : references) {
            jdbc.update("""
                    insert into erasure_record (reference, trigger_kind, reason, erased_by, erased_at, summary)
                    values (?, ?, ?, ?, ?, ?)""", reference, trigger.name(), reason, actor.id(), Timestamp.valueOf(now),
                    summary);
            accessLog.record(reference, AccessAction.ERASURE, trigger.name());
        }
        return result;
    }

    /** The person's name, contacts as typed and as digits, lower case: what the engine's tables are searched for. */
    private Set<String> needles(MapSqlParameterSource params) {
        Set<String> needles = new LinkedHashSet<>();
        named.query("""
                select first_name, last_name, email, phone, address_line from participant
                where id in (select participant_id from journey where id in (:journeys))
                union all
                select prospect_first_name, prospect_last_name, prospect_email, prospect_phone, null
                from collective_registration where journey_id in (:journeys) or opened_journey_id in (:journeys)""",
                params, rs -> {
                    String first = rs.getString(1);
                    String last = rs.getString(2);
                    if (last != null) {
                        needles.add(last.strip());
                        if (first != null) {
                            needles.add(first.strip() + " " + last.strip());
                            needles.add(last.strip() + " " + first.strip());
                        }
                    }
                    for (int column = 3; column <= 5; column++) {
                        String value = rs.getString(column);
                        if (value != null && !value.isBlank()) {
                            needles.add(value.strip());
                            String digits = value.replaceAll("[^0-9]", "");
                            if (column == 4 && digits.length() >= 8) {
                                needles.add(digits);
                            }
                        }
                    }
                });
        Set<String> lower = new LinkedHashSet<>();
        needles.forEach(n -> lower.add(n.toLowerCase(Locale.ROOT)));
        return lower;
    }

    /**
     * The signed agreement (and its amendments) as signed, kept in the restricted archive until
     * 31 December of the year the journey ended (or was erased), plus {@value #LEGAL_HOLD_YEARS} years.
     */
    private List<Kept> archive(List<JourneyRow> journeys, LocalDateTime now) {
        List<Kept> kept = new ArrayList<>();
        for (JourneyRow journey : journeys) {
            LocalDate end = jdbc.query("select closed_on, agreement_signed_on from journey where id = ?", rs -> {
                if (!rs.next() || rs.getDate(2) == null) {
                    return null;
                }
                return rs.getDate(1) != null ? rs.getDate(1).toLocalDate() : now.toLocalDate();
            }, journey.id());
            if (end == null) {
                continue;
            }
            LocalDate until = LocalDate.of(end.getYear() + LEGAL_HOLD_YEARS, 12, 31);
            List<Map<String, Object>> documents = jdbc.queryForList("""
                    select d.kind, d.file_name, d.content, d.sha256 from generated_document d
                    where d.journey_id = ? and d.kind in ('AGREEMENT', 'AMENDMENT')
                      and (d.kind = 'AMENDMENT' or d.version = (select max(v.version) from generated_document v
                                                               where v.journey_id = d.journey_id and v.kind = 'AGREEMENT'))
                    order by d.created_at""", journey.id());
            for (Map<String, Object> document : documents) {
                jdbc.update("""
                        insert into legal_hold (reference, kind, file_name, content, sha256, legal_basis, keep_until, archived_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""", journey.reference(), document.get("kind"),
                        document.get("file_name"), document.get("content"), document.get("sha256"), LEGAL_BASIS, until,
                        Timestamp.valueOf(now));
                kept.add(new Kept(journey.reference(), "AGREEMENT".equals(document.get("kind"))
                        ? "Contrat d'accompagnement signé (PDF)" : "Avenant au contrat (PDF)", until, LEGAL_BASIS));
            }
        }
        return kept;
    }

    private String summary(Result result) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("erased", result.erased());
        summary.put("engine", result.engine());
        summary.put("kept", result.kept().stream().map(k -> k.what() + " jusqu'au " + k.until()).toList());
        try {
            String text = json.writeValueAsString(summary);
            return text.length() > 4000 ? text.substring(0, 4000) : text;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
