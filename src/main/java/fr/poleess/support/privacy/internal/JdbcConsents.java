package fr.poleess.support.privacy.internal;

import java.time.Clock;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.privacy.ConsentPurpose;
import fr.poleess.support.privacy.Consents;

/** {@link Consents} on the {@code consent_record} table. */
@Service
class JdbcConsents implements Consents {

    private final JdbcTemplate jdbc;
    private final Actor actor;
    private final Clock clock;

    JdbcConsents(JdbcTemplate jdbc, Actor actor, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.actor = actor;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Long journeyId, ConsentPurpose purpose, Long partnerId) {
        jdbc.update("""
                insert into consent_record (journey_id, purpose, partner_id, wording_version, given_at, recorded_by)
                values (?, ?, ?, ?, ?, ?)""", journeyId, purpose.name(), partnerId, purpose.wordingVersion(),
                Timestamp.valueOf(LocalDateTime.now(clock)), actor.id());
    }

    @Override
    public boolean allows(Long journeyId, ConsentPurpose purpose, Long partnerId) {
        String partner = partnerId == null ? "" : " and partner_id = " + partnerId.longValue();
        return jdbc.queryForObject("select count(*) from consent_record where journey_id = ? and purpose = ?"
                + " and withdrawn_at is null" + partner, Integer.class, journeyId, purpose.name()) > 0;
    }

    /** Every consent of a journey, oldest first, withdrawn ones included. */
    List<Consent> of(Long journeyId) {
        return jdbc.query("""
                select c.id, c.purpose, c.partner_id, p.name, c.wording_version, c.given_at, c.recorded_by,
                       c.withdrawn_at, c.withdrawn_by
                from consent_record c left join partner p on p.id = c.partner_id
                where c.journey_id = ? order by c.given_at, c.id""", (rs, n) -> new Consent(rs.getLong(1),
                ConsentPurpose.valueOf(rs.getString(2)), (Long) rs.getObject(3, Long.class), rs.getString(4),
                rs.getString(5), ConsentPurpose.valueOf(rs.getString(2)).wording(), rs.getTimestamp(6).toLocalDateTime(),
                rs.getString(7), rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toLocalDateTime(),
                rs.getString(9)), journeyId);
    }

    /**
     * Withdraws the journey's active consents for the purpose (for one partner, or all), now, by the
     * current user; answers how many were withdrawn.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int withdraw(Long journeyId, ConsentPurpose purpose, Long partnerId) {
        String partner = partnerId == null ? "" : " and partner_id = " + partnerId.longValue();
        return jdbc.update("update consent_record set withdrawn_at = ?, withdrawn_by = ? where journey_id = ?"
                + " and purpose = ? and withdrawn_at is null" + partner, Timestamp.valueOf(LocalDateTime.now(clock)),
                actor.id(), journeyId, purpose.name());
    }

    /**
     * A consent and its proof. {@code wording} is today's text of the purpose: the one shown was the
     * text of {@code wordingVersion} (docs/privacy.md keeps every version).
     */
    record Consent(long id, ConsentPurpose purpose, Long partnerId, String partnerName, String wordingVersion,
            String wording, LocalDateTime givenAt, String recordedBy, LocalDateTime withdrawnAt, String withdrawnBy) {
    }
}
