package fr.poleess.support.messaging;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.journey.Journeys;
import fr.poleess.support.journey.Participant;

/** Messages read out on the phone to participants who have no e-mail address. */
@Service
public class MessageCalls {

    private final Outbox outbox;
    private final Journeys journeys;
    private final Clock clock;

    MessageCalls(Outbox outbox, Journeys journeys, Clock clock) {
        this.outbox = outbox;
        this.journeys = journeys;
        this.clock = clock;
    }

    /** What the call task shows: the text to read out and whom to call, at which number. */
    public record CallSheet(String text, String whom) {
    }

    /** Read from the outbox and the participant's row each time a call task is created, never kept by the engine. */
    @Transactional(readOnly = true)
    public CallSheet sheetOf(Long messageId) {
        OutboxMessage message = outbox.require(messageId);
        Participant participant = journeys.require(message.getJourneyId()).getParticipant();
        String phone = participant.getPhone();
        return new CallSheet(message.getBody(),
                participant.displayName() + (phone == null || phone.isBlank() ? "" : " — " + phone));
    }

    @Transactional
    public void called(Long messageId) {
        outbox.require(messageId).called(Instant.now(clock));
    }
}
