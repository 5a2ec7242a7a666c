package fr.poleess.support.appointment;

/** What « Rendez-vous individuel » does with the participant's automatic messages (reminders, chases). */
public enum AutomaticMessages {
    /** As they are. */
    KEEP,
    /** Paused: the participant asked for a break, or is unreachable for a while. */
    PAUSE,
    /** Sent again. */
    RESUME
}
