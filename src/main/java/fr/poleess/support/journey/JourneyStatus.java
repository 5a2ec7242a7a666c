package fr.poleess.support.journey;

/** Where a journey stands: at reception, agreement being prepared or signed, individual path in progress, closed. */
public enum JourneyStatus {
    RECEPTION, AGREEMENT, IN_PROGRESS, CLOSED
}
