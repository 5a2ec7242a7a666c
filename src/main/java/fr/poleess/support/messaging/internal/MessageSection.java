package fr.poleess.support.messaging.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.JourneySection;
import fr.poleess.support.journey.TimelineEntry;
import fr.poleess.support.messaging.Outbox;
import fr.poleess.support.messaging.OutboxMessage;

/** The messages sent to the participant, in a journey's detail and timeline. */
@Component
@Order(5)
class MessageSection implements JourneySection {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Outbox outbox;

    MessageSection(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public String name() {
        return "messages";
    }

    @Override
    public Part read(Journey journey) {
        List<OutboxMessage> messages = outbox.findByJourneyIdOrderByCreatedAt(journey.getId());
        return new Part(messages.stream()
                .map(m -> new MessageView(m.getKind().name(), m.getChannel().name(), m.getSubject(), m.getStatus().name(),
                        m.getCreatedAt() == null ? null : LocalDateTime.ofInstant(m.getCreatedAt(), PARIS),
                        m.getSentAt() == null ? null : LocalDateTime.ofInstant(m.getSentAt(), PARIS)))
                .toList(),
                messages.stream()
                        .map(m -> new TimelineEntry(LocalDateTime.ofInstant(m.getCreatedAt(), PARIS), "MESSAGE",
                                m.getSubject() + " — " + status(m), null))
                        .toList());
    }

    private static String status(OutboxMessage m) {
        return switch (m.getStatus()) {
            case SENT -> "envoyé par courriel";
            case PENDING -> "en attente d'envoi";
            case FAILED -> "échec de l'envoi";
            case CALL_REQUESTED -> "à transmettre par téléphone";
            case CALLED -> "transmis par téléphone";
            case PAUSED -> "non envoyé : messages automatiques en pause";
            case CANCELLED -> "annulé : données effacées ou consentement retiré";
        };
    }

    record MessageView(String kind, String channel, String subject, String status, LocalDateTime queuedAt,
            LocalDateTime sentAt) {
    }
}
