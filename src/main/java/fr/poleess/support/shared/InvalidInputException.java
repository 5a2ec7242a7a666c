package fr.poleess.support.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that must not reach the database. Its message is French and names every bad field, because
 * Tasklist shows an exception's message to the advisor who submitted the form; the API turns it into
 * a {@code 400} problem body with one entry per field. Through the engine's REST APIs
 * (Tasklist's included) the answer is a {@code 400} with the same French text: {@link RefusalRecording}
 * notes the refusal as it leaves a listener or delegate, and {@link RefusedFormResponses} answers with it.
 * A plain exception of ours, with no side effect: creating one only describes the refusal.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String label, String message) {
        this(List.of(new FieldViolation(field, label, message)));
    }

    public List<FieldViolation> getViolations() {
        return violations;
    }

    /** The French message naming every bad field, as the advisor reads it. */
    static String describe(List<FieldViolation> violations) {
        return "Saisie à corriger : " + violations.stream().map(FieldViolation::describe).collect(Collectors.joining(" ; "))
                + ".";
    }
}
