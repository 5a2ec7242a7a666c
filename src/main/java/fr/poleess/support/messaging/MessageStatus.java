package fr.poleess.support.messaging;

/** Where a message stands. PENDING also when sending is off (no SMTP configured): nothing is lost. PAUSED: not sent, the participant's automatic messages were paused. */
public enum MessageStatus {
    PENDING, SENT, FAILED, CALL_REQUESTED, CALLED, PAUSED,
    /** Not sent and never will be: the person's data was erased, or the consent it needed was withdrawn (docs/privacy.md). */
    CANCELLED
}
