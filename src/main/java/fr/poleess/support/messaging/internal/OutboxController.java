package fr.poleess.support.messaging.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.poleess.support.access.CurrentUser;
import fr.poleess.support.messaging.MessageChannel;
import fr.poleess.support.messaging.MessageKind;
import fr.poleess.support.messaging.MessageStatus;
import fr.poleess.support.messaging.Outbox;
import fr.poleess.support.messaging.OutboxMessage;

/**
 * {@code GET /api/outbox}: every message and where it stands, for managers. A message whose sending
 * job has used up its retries shows as {@code FAILED}, the state of its incident in Cockpit.
 */
@RestController
@RequestMapping("/api/outbox")
class OutboxController {

    private final Outbox outbox;
    private final CurrentUser currentUser;
    private final RuntimeService runtimeService;

    OutboxController(Outbox outbox, CurrentUser currentUser, RuntimeService runtimeService) {
        this.outbox = outbox;
        this.currentUser = currentUser;
        this.runtimeService = runtimeService;
    }

    @GetMapping
    @Transactional(readOnly = true)
    List<MessageView> list(@RequestParam(required = false) MessageStatus status) {
        if (!currentUser.isManager()) {
            throw new AccessDeniedException("Réservé aux responsables");
        }
        Set<String> withIncident = runtimeService.createIncidentQuery().list().stream()
                .map(incident -> incident.getProcessInstanceId()).collect(Collectors.toSet());
        return outbox.findAllByOrderByCreatedAtDesc().stream()
                .map(m -> MessageView.of(m, withIncident.contains(m.getProcessInstanceId())))
                .filter(view -> status == null || view.status() == status)
                .toList();
    }

    record MessageView(Long id, Long journeyId, MessageKind kind, MessageChannel channel, String recipient,
            String subject, String body, MessageStatus status, int attempts, String lastError, Instant createdAt,
            Instant sentAt) {

        static MessageView of(OutboxMessage m, boolean incident) {
            MessageStatus status = incident && m.getStatus() == MessageStatus.PENDING ? MessageStatus.FAILED : m.getStatus();
            return new MessageView(m.getId(), m.getJourneyId(), m.getKind(), m.getChannel(), m.getRecipient(),
                    m.getSubject(), m.getBody(), status, m.getAttempts(), m.getLastError(), m.getCreatedAt(),
                    m.getSentAt());
        }
    }
}
