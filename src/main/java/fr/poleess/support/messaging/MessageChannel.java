package fr.poleess.support.messaging;

/** How a message reaches the participant: by e-mail, or read out by the referent on the phone when there is no address. */
public enum MessageChannel {
    EMAIL, CALL
}
