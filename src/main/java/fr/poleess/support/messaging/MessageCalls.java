package fr.poleess.support.messaging;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Messages read out on the phone to participants who have no e-mail address. */
@Service
public class MessageCalls {

    private final Outbox outbox;
    private final Clock clock;

    MessageCalls(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public void called(Long messageId) {
        outbox.require(messageId).called(Instant.now(clock));
    }
}
