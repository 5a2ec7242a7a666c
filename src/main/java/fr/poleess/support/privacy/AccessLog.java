package fr.poleess.support.privacy;

/**
 * Records who read or changed a journey: the current user (or « système » for the engine's own jobs),
 * now, the journey's reference and the action. Nothing personal beyond the reference is written: a
 * detail is a technical word (a path, a task key), never a value. Kept one year.
 * <p>
 * Reads and changes through {@code /api/journeys/{reference}/**} and task completions are recorded
 * without the modules having to call it; call it for anything else a person does with a journey.
 */
public interface AccessLog {

    /** Records the action on the journey with the given reference, in the caller's transaction if there is one
     * (a task completion rolled back leaves no entry), otherwise in its own. */
    void record(String reference, AccessAction action, String detail);

    default void record(String reference, AccessAction action) {
        record(reference, action, null);
    }
}
