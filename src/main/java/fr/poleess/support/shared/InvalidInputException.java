package fr.poleess.support.shared;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input that must not reach the database. Its message is French and names every bad field, because
 * Tasklist shows an exception's message to the advisor who submitted the form; the API turns it into
 * a {@code 400} problem body with one entry per field. It is a {@link FormFieldValidationException}
 * because that is the one exception the engine REST API's {@code submit-form} (what Tasklist calls)
 * answers with {@code 400} and its message, instead of a {@code 500}.
 */
public class InvalidInputException extends FormFieldValidationException {

    private final transient List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super("invalid-input", describe(violations));
        this.violations = List.copyOf(violations);
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
