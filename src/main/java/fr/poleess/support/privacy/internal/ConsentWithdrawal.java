package fr.poleess.support.privacy.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.privacy.AccessAction;
import fr.poleess.support.privacy.AccessLog;
import fr.poleess.support.privacy.ConsentPurpose;
import fr.poleess.support.privacy.internal.PersonJourneys.JourneyRow;

/**
 * Withdraws a consent and stops, from that moment, what depended on it: the modules ask
 * {@link fr.poleess.support.privacy.Consents#allows} before they act (no feedback to the referrer, no
 * contact details to a partner), and the messages already queued but not sent are cancelled.
 */
@Service
class ConsentWithdrawal {

    private final JdbcConsents consents;
    private final JdbcTemplate jdbc;
    private final AccessLog accessLog;
    private final RuntimeService runtimeService;
    private final Clock clock;

    ConsentWithdrawal(JdbcConsents consents, JdbcTemplate jdbc, AccessLog accessLog, RuntimeService runtimeService, Clock clock) {
        this.clock = clock;
        this.runtimeService = runtimeService;
        this.consents = consents;
        this.jdbc = jdbc;
        this.accessLog = accessLog;
    }

    record Withdrawn(String reference, ConsentPurpose purpose, Long partnerId, LocalDateTime at, int consentsWithdrawn,
            int pendingMessagesCancelled) {
    }

    @Transactional
    Withdrawn withdraw(JourneyRow journey, ConsentPurpose purpose, Long partnerId) {
        int withdrawn = consents.withdraw(journey.id(), purpose, partnerId);
        int cancelled = 0;
        if (withdrawn > 0) {
            String kind = purpose == ConsentPurpose.REFERRER_FEEDBACK ? "REFERRER_FEEDBACK" : "REFERRAL_INTRODUCTION";
            // A partner's introduction goes to the partner's address: for one partner, only the messages sent there.
            String partner = purpose == ConsentPurpose.PARTNER_SHARING && partnerId != null
                    ? " and lower(recipient) = (select lower(contact_email) from partner where id = " + partnerId.longValue() + ")"
                    : "";
            List<String> deliveries = jdbc.queryForList("select process_instance_id from outbox_message where journey_id = ?"
                    + " and kind = ? and status in ('PENDING', 'FAILED') and process_instance_id is not null" + partner,
                    String.class, journey.id(), kind);
            cancelled = jdbc.update("update outbox_message set status = 'CANCELLED' where journey_id = ? and kind = ?"
                    + " and status in ('PENDING', 'FAILED')" + partner, journey.id(), kind);
            if (!deliveries.isEmpty()) {
                // Their delivery jobs go too: nothing is sent, nothing is left to retry.
                runtimeService.deleteProcessInstancesIfExists(deliveries, "Consentement retiré", true, true, false);
            }
            accessLog.record(journey.reference(), AccessAction.CONSENT_WITHDRAWN, purpose.name());
        }
        return new Withdrawn(journey.reference(), purpose, partnerId, LocalDateTime.now(clock), withdrawn, cancelled);
    }

}
