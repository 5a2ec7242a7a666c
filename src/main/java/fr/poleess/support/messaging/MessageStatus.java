package fr.poleess.support.messaging;

/** Where a message stands. PENDING also when sending is off (no SMTP configured): nothing is lost. PAUSED: not sent, the participant's automatic messages were paused. */
public enum MessageStatus {
    PENDING, SENT, FAILED, CALL_REQUESTED, CALLED, PAUSED
}
