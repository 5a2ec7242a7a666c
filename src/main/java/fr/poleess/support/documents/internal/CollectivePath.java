package fr.poleess.support.documents.internal;

import java.sql.Date;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.poleess.support.partner.PartnerKind;
import fr.poleess.support.referral.ReferralStatus;
import fr.poleess.support.workshop.SessionKind;
import fr.poleess.support.shared.FrenchFormat;

/**
 * The collective side of a journey, for its summary: the collective sessions attended and the
 * referrals to partners, one French line each, read with plain SQL from the tables of the workshop
 * and referral modules (only attendance marked present counts, as everywhere).
 */
@Component
class CollectivePath {

    private final JdbcTemplate jdbc;

    CollectivePath(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** « Atelier thématique « Étude de marché », le 3 décembre 2026 (2 séances) ». */
    List<String> workshopsAttended(Long journeyId) {
        return jdbc.query("""
                select s.kind, s.title, min(sl.starts_at) as first_at, count(*) as slots
                from collective_attendance a
                join collective_registration r on r.id = a.registration_id
                join collective_session_slot sl on sl.id = a.slot_id
                join collective_session s on s.id = r.session_id
                where r.journey_id = ? and a.status = 'PRESENT'
                group by s.id, s.kind, s.title
                order by min(sl.starts_at), s.id""", (row, n) -> {
            int slots = row.getInt("slots");
            return SessionKind.valueOf(row.getString("kind")).label() + " « " + row.getString("title") + " », le "
                    + FrenchFormat.date(row.getTimestamp("first_at").toLocalDateTime().toLocalDate())
                    + (slots > 1 ? " (" + slots + " séances)" : "");
        }, journeyId);
    }

    /** « CMA Côte-d'Or (Chambre de métiers et de l'artisanat) : mise en lien le 3 décembre 2026 — rendez-vous tenu ». */
    List<String> referrals(Long journeyId) {
        return jdbc.query("""
                select p.name, r.partner_kind, r.status, r.proposed_on, r.meeting_on
                from referral r join partner p on p.id = r.partner_id
                where r.journey_id = ?
                order by r.proposed_on, r.id""", (row, n) -> {
            Date meeting = row.getDate("meeting_on");
            ReferralStatus status = ReferralStatus.valueOf(row.getString("status"));
            return row.getString("name") + " (" + PartnerKind.valueOf(row.getString("partner_kind")).label()
                    + ") : mise en lien le " + FrenchFormat.date(row.getDate("proposed_on").toLocalDate()) + " — "
                    + status.label()
                    + (meeting != null && status == ReferralStatus.MEETING_HELD
                            ? ", le " + FrenchFormat.date(meeting.toLocalDate()) : "");
        }, journeyId);
    }
}
