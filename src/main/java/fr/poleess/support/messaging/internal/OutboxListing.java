package fr.poleess.support.messaging.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.messaging.MessageChannel;
import fr.poleess.support.messaging.MessageKind;
import fr.poleess.support.messaging.MessageStatus;
import fr.poleess.support.messaging.Outbox;
import fr.poleess.support.messaging.OutboxMessage;

/** The outbox as managers read it: every message, newest first, and where it stands. */
@Service
class OutboxListing {

    private final Outbox outbox;

    OutboxListing(Outbox outbox) {
        this.outbox = outbox;
    }

    /** @param status {@literal null} for every message */
    @Transactional(readOnly = true)
    List<MessageView> list(MessageStatus status) {
        List<OutboxMessage> messages = status == null ? outbox.findAllByOrderByCreatedAtDesc()
                : outbox.findByStatusOrderByCreatedAtDesc(status);
        return messages.stream().map(MessageView::of).toList();
    }

    record MessageView(Long id, Long journeyId, MessageKind kind, MessageChannel channel, String recipient,
            String subject, String body, MessageStatus status, int attempts, String lastError, Instant createdAt,
            Instant sentAt) {

        static MessageView of(OutboxMessage m) {
            return new MessageView(m.getId(), m.getJourneyId(), m.getKind(), m.getChannel(), m.getRecipient(),
                    m.getSubject(), m.getBody(), m.getStatus(), m.getAttempts(), m.getLastError(), m.getCreatedAt(),
                    m.getSentAt());
        }
    }
}
