package fr.poleess.support.shared;

/** Task priorities with a meaning. Tasklist sorts on priority and filters on it; the engine's default is 50. */
public final class TaskPriorities {

    /** A task that needs attention: an appointment past by two days and still not recorded. */
    public static final int FLAGGED = 80;

    private TaskPriorities() {
    }
}
