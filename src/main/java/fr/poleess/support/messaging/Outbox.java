package fr.poleess.support.messaging;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The outbox. */
public interface Outbox extends JpaRepository<OutboxMessage, Long> {

    List<OutboxMessage> findByJourneyIdOrderByCreatedAt(Long journeyId);

    List<OutboxMessage> findAllByOrderByCreatedAtDesc();

    List<OutboxMessage> findByStatusOrderByCreatedAtDesc(MessageStatus status);

    default OutboxMessage require(Long id) {
        return findById(id).orElseThrow(() -> new IllegalStateException("No outbox message " + id));
    }
}
