package fr.poleess.support.workshop;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.messaging.MessageKind;
import fr.poleess.support.messaging.Messages;

/**
 * Messages about a session to the people registered: a participant through their journey (e-mail, or a
 * call task for the referent when they have no address; held while their messages are paused), a
 * prospect by e-mail. A prospect who gave only a phone number gets no automatic message: the
 * registrations list shows their number to call.
 */
@Service
public class SessionNotices {

    private final Messages messages;
    private final SessionWording wording;

    SessionNotices(Messages messages, SessionWording wording) {
        this.messages = messages;
        this.wording = wording;
    }

    /** Two days before the slot (same rules as appointment reminders). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void remind(CollectiveSession session, SessionSlot slot, SessionRegistration registration) {
        send(session, slot, registration, MessageKind.COLLECTIVE_SESSION_REMINDER, Map.of());
    }

    /** Moved up from the waiting list. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void seatConfirmed(CollectiveSession session, SessionRegistration registration) {
        send(session, session.getSlots().get(0), registration, MessageKind.COLLECTIVE_SESSION_SEAT_CONFIRMED, Map.of());
    }

    /** The session is cancelled. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void cancelled(CollectiveSession session, SessionRegistration registration) {
        send(session, session.getSlots().get(0), registration, MessageKind.COLLECTIVE_SESSION_CANCELLED,
                Map.of("reason", session.getCancellationReason() == null ? "" : session.getCancellationReason()));
    }

    private void send(CollectiveSession session, SessionSlot slot, SessionRegistration registration, MessageKind kind,
            Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("kindLabel", session.getKind().label());
        model.put("sessionLabel", session.displayName());
        model.put("dateLabel", SessionWording.date(slot.getStartsAt()));
        model.put("timesLabel", SessionWording.times(slot));
        model.put("where", where(session));
        if (!registration.isProspect()) {
            messages.toParticipant(registration.getJourneyId(), kind, model);
        } else if (registration.getProspectEmail() != null) {
            model.put("firstName", registration.getProspectFirstName());
            messages.toAddress(registration.getProspectEmail(), null, session.businessKey(), kind, model);
        }
    }

    private String where(CollectiveSession session) {
        return session.getPlaceKind() == PlaceKind.VIDEO
                ? "Le temps collectif a lieu en visioconférence : " + session.getPlaceDetail()
                        + ". Le lien fonctionne depuis un ordinateur ou un téléphone."
                : "Lieu : " + wording.place(session) + ".";
    }
}
