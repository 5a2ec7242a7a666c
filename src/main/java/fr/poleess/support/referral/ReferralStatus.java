package fr.poleess.support.referral;

/** Where a referral stands: PROPOSED → SENT → MEETING_HELD, NO_FOLLOW_UP or CANCELLED. */
public enum ReferralStatus {
    /** Decided at an appointment; the introduction is about to go. */
    PROPOSED("proposée"),
    /** The participant has the partner's details (and the partner the participant's, with consent). */
    SENT("envoyée"),
    /** The participant met the partner: what the yearly report counts as "led to a meeting". */
    MEETING_HELD("rendez-vous tenu"),
    /** The meeting did not take place, or nothing was known after the chase. */
    NO_FOLLOW_UP("sans suite"),
    /** The journey closed while the referral was open. */
    CANCELLED("annulée");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == PROPOSED || this == SENT;
    }
}
