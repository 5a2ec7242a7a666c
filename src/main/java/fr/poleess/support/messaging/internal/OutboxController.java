package fr.poleess.support.messaging.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.poleess.support.messaging.MessageChannel;
import fr.poleess.support.messaging.MessageKind;
import fr.poleess.support.messaging.MessageStatus;
import fr.poleess.support.messaging.Outbox;
import fr.poleess.support.messaging.OutboxMessage;

/**
 * {@code GET /api/outbox?status=}: every message and where it stands, for managers. A message whose
 * sending job used up its retries is {@code FAILED}, and Cockpit shows its incident.
 */
@RestController
@RequestMapping("/api/outbox")
class OutboxController {

    private final Outbox outbox;

    OutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    @Transactional(readOnly = true)
    List<MessageView> list(@RequestParam(required = false) MessageStatus status) {
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
