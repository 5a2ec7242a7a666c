package fr.poleess.support.shared;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input that must not reach the database. Its message is French and names every bad field, because
 * Tasklist shows an exception's message to the advisor who submitted the form; the API turns it into
 * a {@code 400} problem body with one entry per field. Through the engine's REST APIs
 * (Tasklist's included) the answer is a {@code 400} with the same French text, see
 * {@link RefusedFormResponses}. It is a {@link FormFieldValidationException}, the engine's own kind of
 * form refusal.
 */
public class InvalidInputException extends FormFieldValidationException {

    private final transient List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super("invalid-input", describe(violations));
        this.violations = List.copyOf(violations);
        RefusedFormResponses.remember(this);
    }

    public InvalidInputException(String field, String label, String message) {
        this(List.of(new FieldViolation(field, label, message)));
    }

    public List<FieldViolation> getViolations() {
        return violations;
    }

    private static String describe(List<FieldViolation> violations) {
        return "Saisie à corriger : " + violations.stream().map(FieldViolation::describe).collect(Collectors.joining(" ; "))
                + ".";
    }
}
