package fr.poleess.support.agreement;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.messaging.MessageKind;
import fr.poleess.support.messaging.Messages;

/** Reminds a participant that their support agreement is waiting to be signed. */
@Service
public class SignatureReminders {

    private final Messages messages;

    SignatureReminders(Messages messages) {
        this.messages = messages;
    }

    /** "Relancer pour la signature": queues the French reminder to the journey's participant. */
    @Transactional
    public void remindToSign(Long journeyId) {
        messages.toParticipant(journeyId, MessageKind.AGREEMENT_SIGNATURE_REMINDER, Map.of());
    }
}
