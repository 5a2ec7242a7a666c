package fr.poleess.support.workshop;

/** Whether a slot still takes place. */
public enum SlotStatus {
    PLANNED,
    CANCELLED
}
