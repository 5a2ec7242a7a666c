package fr.poleess.support.messaging;

/**
 * The messages the application sends, each with its template under {@code messages/}
 * ({@code <name>.subject.mustache} and {@code <name>.body.mustache}).
 */
public enum MessageKind {

    APPOINTMENT_REMINDER("appointment-reminder"),
    /** The next appointment was booked: date, time and place, with the invitation to add it to a calendar. */
    APPOINTMENT_CONFIRMED("appointment-confirmed"),
    /** The booked appointment moved: new date, time and place, with the updated invitation. */
    APPOINTMENT_MOVED("appointment-moved"),
    /** The booked appointment is cancelled (by the participant or by us), with METHOD:CANCEL. */
    APPOINTMENT_CANCELLED("appointment-cancelled"),
    /** 6, 12 and 36 months after the activity was created: how is it going, we will call you. */
    POST_CREATION_FOLLOW_UP("post-creation-follow-up"),
    /** 14 days after the support agreement was offered for signature and is still not signed. */
    AGREEMENT_SIGNATURE_REMINDER("agreement-signature-reminder"),
    /** 6 weeks without an appointment recorded on an active journey: a friendly invitation to get in touch. */
    INACTIVITY_INVITATION("inactivity-invitation"),
    /** To a partner's contact, only with the participant's consent: who we send them and how to reach them. */
    REFERRAL_INTRODUCTION("referral-introduction"),
    /** To the participant: the partner's contact, address, office hours and what to bring. */
    REFERRAL_TO_PARTICIPANT("referral-to-participant"),
    /** To the participant, when the referent knows nothing of the meeting at the follow-up: did it happen? */
    REFERRAL_CHASE("referral-chase"),
    /** To the referring partner, with the participant's consent: received, agreement signed, journey closed. */
    REFERRER_FEEDBACK("referrer-feedback"),
    /** Two days before a slot of a collective session the person is registered for. */
    COLLECTIVE_SESSION_REMINDER("collective-session-reminder"),
    /** A seat was freed: the first person on the waiting list now has one. */
    COLLECTIVE_SESSION_SEAT_CONFIRMED("collective-session-seat-confirmed"),
    /** A collective session the person was registered for (or waiting for) is cancelled. */
    COLLECTIVE_SESSION_CANCELLED("collective-session-cancelled"),
    /** A slot of a collective session the person is registered for moved, with the updated invitation. */
    COLLECTIVE_SLOT_MOVED("collective-slot-moved"),
    /** A slot of a collective session the person is registered for is cancelled, with METHOD:CANCEL. */
    COLLECTIVE_SLOT_CANCELLED("collective-slot-cancelled");

    private final String template;

    MessageKind(String template) {
        this.template = template;
    }

    public String template() {
        return template;
    }
}
