package fr.poleess.support.workshop;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.messaging.CalendarInvitation;
import fr.poleess.support.messaging.MessageKind;
import fr.poleess.support.messaging.Messages;
import fr.poleess.support.shared.ICalendars;
import fr.poleess.support.territory.Territories;
import fr.poleess.support.territory.Territory;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.property.Method;

/**
 * Messages about a session to the people registered: a participant through their journey (e-mail, or a
 * call task for the referent when they have no address; held while their messages are paused), a
 * prospect by e-mail. A prospect who gave only a phone number gets no automatic message: the
 * registrations list shows their number to call. People holding a seat get the slot's calendar
 * invitation (one UID per slot, its SEQUENCE raised at each move or cancellation); people on the waiting
 * list hold no seat, so no invitation.
 */
@Service
public class SessionNotices {

    private final Messages messages;
    private final SessionWording wording;
    private final Territories territories;

    SessionNotices(Messages messages, SessionWording wording, Territories territories) {
        this.messages = messages;
        this.wording = wording;
        this.territories = territories;
    }

    /** Two days before the slot (same rules as appointment reminders), with the slot's invitation. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void remind(CollectiveSession session, SessionSlot slot, SessionRegistration registration) {
        send(session, slot, registration, MessageKind.COLLECTIVE_SESSION_REMINDER, Map.of(),
                invitation(session, slot, false));
    }

    /** Moved up from the waiting list. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void seatConfirmed(CollectiveSession session, SessionRegistration registration) {
        send(session, first(session), registration, MessageKind.COLLECTIVE_SESSION_SEAT_CONFIRMED, Map.of(), null);
    }

    /** The session is cancelled. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void cancelled(CollectiveSession session, SessionRegistration registration) {
        send(session, first(session), registration, MessageKind.COLLECTIVE_SESSION_CANCELLED,
                Map.of("reason", session.getCancellationReason() == null ? "" : session.getCancellationReason()), null);
    }

    /** The slot moved from {@code previousAt}: its new date and time, with the updated invitation. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void slotMoved(CollectiveSession session, SessionSlot slot, LocalDateTime previousAt, String reason,
            SessionRegistration registration) {
        boolean seat = registration.getStatus() == RegistrationStatus.REGISTERED;
        Map<String, Object> model = new HashMap<>();
        model.put("previousLabel", SessionWording.date(previousAt) + " à " + SessionWording.time(previousAt));
        model.put("hasReason", reason != null);
        model.put("reason", reason == null ? "" : reason);
        model.put("withInvitation", seat);
        send(session, slot, registration, MessageKind.COLLECTIVE_SLOT_MOVED, model,
                seat ? invitation(session, slot, false) : null);
    }

    /**
     * The slot is cancelled, with METHOD:CANCEL.
     *
     * @param wholeSession it was the last slot still planned: the session is cancelled
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void slotCancelled(CollectiveSession session, SessionSlot slot, String reason, boolean wholeSession,
            SessionRegistration registration) {
        boolean seat = registration.getStatus() == RegistrationStatus.REGISTERED;
        String phone = territories.findById(session.getTerritoryCode()).map(Territory::getPhone).orElse(null);
        Map<String, Object> model = new HashMap<>();
        model.put("reason", reason == null ? "" : reason);
        model.put("wholeSession", wholeSession);
        model.put("withInvitation", seat);
        model.put("hasPhone", phone != null && !phone.isBlank());
        model.put("phone", phone == null ? "" : phone);
        send(session, slot, registration, MessageKind.COLLECTIVE_SLOT_CANCELLED, model,
                seat ? invitation(session, slot, true) : null);
    }

    /**
     * The invitation to one slot: UID {@code session-slot-<id>} (the advisor's calendar feed uses the same),
     * SEQUENCE raised at each move or cancellation; the place or video link and the team's phone.
     */
    public CalendarInvitation invitation(CollectiveSession session, SessionSlot slot, boolean cancel) {
        Method method = cancel ? new Method(Method.VALUE_CANCEL) : new Method(Method.VALUE_REQUEST);
        Calendar calendar = ICalendars.calendar(method);
        String phone = territories.findById(session.getTerritoryCode()).map(Territory::getPhone).orElse(null);
        calendar.add(ICalendars.event(uid(slot), slot.getSequence(), slot.getStartsAt(), slot.getDurationMinutes(),
                session.displayName(), wording.place(session), where(session)
                        + (phone == null || phone.isBlank() ? "" : "\nEn cas d'empêchement : " + phone + "."),
                cancel));
        return new CalendarInvitation(method.getValue(), calendar.toString());
    }

    /** One per slot, kept when it moves: calendars update the event instead of adding one. */
    public static String uid(SessionSlot slot) {
        return "session-slot-" + slot.getId();
    }

    private static SessionSlot first(CollectiveSession session) {
        return session.plannedSlots().isEmpty() ? session.getSlots().get(0) : session.plannedSlots().get(0);
    }

    private void send(CollectiveSession session, SessionSlot slot, SessionRegistration registration, MessageKind kind,
            Map<String, Object> extra, CalendarInvitation invitation) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("kindLabel", session.getKind().label());
        model.put("sessionLabel", session.displayName());
        model.put("dateLabel", SessionWording.date(slot.getStartsAt()));
        model.put("timesLabel", SessionWording.times(slot));
        model.put("where", where(session));
        if (!registration.isProspect()) {
            messages.toParticipant(registration.getJourneyId(), kind, model, invitation);
        } else if (registration.getProspectEmail() != null && !registration.getProspectEmail().isBlank()) {
            model.put("firstName", registration.getProspectFirstName());
            messages.toAddress(registration.getProspectEmail(), null, session.businessKey(), kind, model, invitation);
        }
    }

    private String where(CollectiveSession session) {
        return session.getPlaceKind() == PlaceKind.VIDEO
                ? "Le temps collectif a lieu en visioconférence : " + session.getPlaceDetail()
                        + ". Le lien fonctionne depuis un ordinateur ou un téléphone."
                : "Lieu : " + wording.place(session) + ".";
    }
}
