package fr.poleess.support.workshop;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** « Rappeler les inscrits » of a slot, and « Prévenir les inscrits de l'annulation ». */
@Service
public class SessionReminders {

    private final CollectiveSessions sessions;
    private final SessionRegistering registering;
    private final SessionNotices notices;

    SessionReminders(CollectiveSessions sessions, SessionRegistering registering, SessionNotices notices) {
        this.sessions = sessions;
        this.registering = registering;
        this.notices = notices;
    }

    /** Everyone holding a seat, when the slot's reminder timer fires. */
    @Transactional
    public int remind(Long sessionId, Long slotId) {
        CollectiveSession session = sessions.require(sessionId);
        SessionSlot slot = session.slot(slotId);
        int reminded = 0;
        for (SessionRegistration registration : registering.active(sessionId)) {
            if (registration.getStatus() == RegistrationStatus.REGISTERED) {
                notices.remind(session, slot, registration);
                reminded++;
            }
        }
        return reminded;
    }

    /** Everyone registered or waiting, when the session is cancelled. */
    @Transactional
    public int notifyCancellation(Long sessionId) {
        CollectiveSession session = sessions.require(sessionId);
        int notified = 0;
        for (SessionRegistration registration : registering.active(sessionId)) {
            notices.cancelled(session, registration);
            notified++;
        }
        return notified;
    }
}
