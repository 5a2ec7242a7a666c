package fr.poleess.support.journey;

import java.util.Collection;

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

    /**
     * Pauses or resumes the messages of the journey with that reference, only if it belongs to one of
     * those territories.
     *
     * @return whether there was such a journey
     */
    @Transactional
    public boolean pauseMessages(String reference, Collection<String> visibleTerritories, boolean paused) {
        return journeys.findVisible(reference, visibleTerritories).map(journey -> {
            journey.getParticipant().pauseMessages(paused);
            return true;
        }).orElse(false);
    }
}
