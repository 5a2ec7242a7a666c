package fr.poleess.support.privacy.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.poleess.support.access.CurrentUser;
import fr.poleess.support.shared.NotFoundException;

/**
 * Finds a journey by reference, as the caller may see it, and the other journeys of the same person.
 * « Same person » is the yearly report's rule (docs/reporting.md): same first name, last name and year
 * of birth. An erasure takes all of them, so that a person the report counted once still counts once.
 */
@Component
class PersonJourneys {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    PersonJourneys(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** A journey and its participant, as our tables hold them. */
    record JourneyRow(long id, String reference, String territoryCode, long participantId, String status,
            String processInstanceId) {
    }

    Optional<JourneyRow> find(String reference) {
        return jdbc.query("""
                select id, reference, territory_code, participant_id, status, process_instance_id from journey
                where reference = ?""", (rs, n) -> new JourneyRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getLong(4), rs.getString(5), rs.getString(6)), reference).stream().findFirst();
    }

    /** The journey if the caller's territories include it; otherwise 404, as for one that does not exist. */
    JourneyRow requireVisible(String reference) {
        Set<String> visible = currentUser.visibleTerritoryCodes();
        return find(reference).filter(j -> visible.contains(j.territoryCode()))
                .orElseThrow(() -> new NotFoundException("Aucun parcours « " + reference + " » parmi ceux que vous suivez."));
    }

    /** Every journey of the person of this journey (this one first), whatever the territory. */
    List<JourneyRow> ofSamePerson(JourneyRow journey) {
        List<JourneyRow> all = jdbc.query("""
                select j.id, j.reference, j.territory_code, j.participant_id, j.status, j.process_instance_id
                from journey j join participant p on p.id = j.participant_id
                join participant me on me.id = ?
                where lower(trim(p.first_name)) = lower(trim(me.first_name))
                  and lower(trim(p.last_name)) = lower(trim(me.last_name)) and p.birth_year = me.birth_year
                order by case when j.id = ? then 0 else 1 end, j.opened_on, j.id""",
                (rs, n) -> new JourneyRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6)), journey.participantId(), journey.id());
        return all.isEmpty() ? List.of(journey) : all;
    }

    /** Those of {@link #ofSamePerson} the caller may see. */
    List<JourneyRow> ofSamePersonVisible(JourneyRow journey) {
        Set<String> visible = currentUser.visibleTerritoryCodes();
        return ofSamePerson(journey).stream().filter(j -> visible.contains(j.territoryCode())).toList();
    }

    boolean isErased(String reference) {
        return jdbc.queryForObject("select count(*) from erasure_record where reference = ?", Integer.class,
                reference) > 0;
    }
}
