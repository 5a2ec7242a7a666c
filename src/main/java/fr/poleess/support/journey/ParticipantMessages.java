package fr.poleess.support.journey;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Pausing and resuming a participant's automatic messages, from the API or the appointment form. */
@Service
public class ParticipantMessages {

    private final Journeys journeys;

    ParticipantMessages(Journeys journeys) {
        this.journeys = journeys;
    }

    @Transactional
    public void pauseMessages(Long journeyId, boolean paused) {
        journeys.require(journeyId).getParticipant().pauseMessages(paused);
    }
}
