package fr.poleess.support.shared;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * Checks a command with Bean Validation and throws {@link InvalidInputException} listing every bad
 * field. Used by the services, so a form submitted in Tasklist and a JSON body sent to the API go
 * through exactly the same rules.
 */
@Component
public class InputValidation {

    private final Validator validator;

    public InputValidation(Validator validator) {
        this.validator = validator;
    }

    /** Throws {@link InvalidInputException} if the command breaks a constraint. */
    public <T> T check(T command) {
        return check(command, List.of());
    }

    /** Same, adding violations the caller found itself (cross-field rules, unreadable values). */
    public <T> T check(T command, List<FieldViolation> alreadyFound) {
        List<FieldViolation> violations = new ArrayList<>(alreadyFound);
        Set<ConstraintViolation<T>> found = validator.validate(command);
        found.stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> new FieldViolation(v.getPropertyPath().toString(), labelOf(command.getClass(),
                        v.getPropertyPath().toString()), v.getMessage()))
                .filter(v -> violations.stream().noneMatch(a -> a.field().equals(v.field())))
                .forEach(violations::add);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return command;
    }

    /** The {@link Label} of a record component, or {@literal null}. */
    public static String labelOf(Class<?> type, String property) {
        String root = property.contains(".") ? property.substring(0, property.indexOf('.')) : property;
        root = root.contains("[") ? root.substring(0, root.indexOf('[')) : root;
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals(root)) {
                    Label label = component.getAnnotation(Label.class);
                    return label == null ? null : label.value();
                }
            }
        }
        return null;
    }
}
