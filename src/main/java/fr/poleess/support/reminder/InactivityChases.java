package fr.poleess.support.reminder;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.messaging.MessageKind;
import fr.poleess.support.messaging.Messages;

/** The inactivity chase: an active journey with no appointment recorded for a while. */
@Service
public class InactivityChases {

    private final Messages messages;

    InactivityChases(Messages messages) {
        this.messages = messages;
    }

    /** "Inviter le porteur à reprendre contact": queues the friendly French invitation to the journey's participant. */
    @Transactional
    public void inviteToResumeContact(Long journeyId) {
        messages.toParticipant(journeyId, MessageKind.INACTIVITY_INVITATION, Map.of());
    }
}
