package fr.poleess.support.messaging;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import fr.poleess.support.shared.InvalidInputException;

/** The outbox. */
public interface Outbox extends JpaRepository<OutboxMessage, Long> {

    List<OutboxMessage> findByJourneyIdOrderByCreatedAt(Long journeyId);

    List<OutboxMessage> findAllByOrderByCreatedAtDesc();

    List<OutboxMessage> findByStatusOrderByCreatedAtDesc(MessageStatus status);

    Optional<OutboxMessage> findByProcessInstanceId(String processInstanceId);

    /**
     * The message a step of {@code message-delivery.bpmn} delivers: the one that recorded this process
     * instance. The {@code messageId} variable is only a copy; one that disagrees refuses the step.
     */
    default Long messageOf(String processInstanceId, Object messageIdCopy) {
        OutboxMessage message = findByProcessInstanceId(processInstanceId).orElseThrow(() -> new InvalidInputException(
                MessageDeliveryProcess.Variables.MESSAGE_ID, "Message", "cette instance n'est liée à aucun message"));
        if (messageIdCopy != null && !(messageIdCopy instanceof Number copy && copy.longValue() == message.getId())) {
            throw new InvalidInputException(MessageDeliveryProcess.Variables.MESSAGE_ID, "Message",
                    "la variable « messageId » ne correspond pas au message de cette instance");
        }
        return message.getId();
    }

    default OutboxMessage require(Long id) {
        return findById(id).orElseThrow(() -> new IllegalStateException("No outbox message " + id));
    }
}
