package fr.poleess.support.shared;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns bad input into RFC 9457 problem bodies in French, with an {@code errors} array naming each
 * bad field, and unknown resources into {@code 404}.
 */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

    static final URI INVALID_INPUT = URI.create("urn:problem:invalid-input");
    static final URI NOT_FOUND = URI.create("urn:problem:not-found");
    static final URI TOO_LARGE = URI.create("urn:problem:too-large");

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return invalid(e.getViolations());
    }

    /** A body sent without its length that turned out over the limit, found while reading it. */
    @ExceptionHandler(RequestBodyLimit.BodyTooLargeException.class)
    ResponseEntity<ProblemDetail> bodyTooLarge() {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge(-1));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(NOT_FOUND);
        problem.setTitle("Introuvable");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Class<?> type = ex.getParameter().getParameterType();
        List<FieldViolation> violations = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldViolation(error.getField(), InputValidation.labelOf(type, error.getField()),
                        error.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(invalid(violations));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() != null ? ex.getPropertyName() : "?";
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldViolation(field, null,
                "la valeur « " + ex.getValue() + " » n'est pas acceptée"))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (causedBy(ex, RequestBodyLimit.BodyTooLargeException.class)) {
            ProblemDetail problem = tooLarge(-1);
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
        }
        if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return ResponseEntity.badRequest().body(invalid(List.of(
                    new FieldViolation(field, labelOf(mismatch), describe(mismatch)))));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Le corps de la requête n'est pas un JSON lisible ou une valeur n'a pas le bon type.");
        problem.setType(INVALID_INPUT);
        problem.setTitle("Saisie invalide");
        return ResponseEntity.badRequest().body(problem);
    }

    /** {@code 413}: the body is over {@code maxBytes} ({@literal -1} when the limit is not worth repeating). */
    static ProblemDetail tooLarge(long maxBytes) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "Le corps de la requête est trop volumineux" + (maxBytes > 0
                        ? " : " + DataSize.ofBytes(maxBytes).toKilobytes() + " Ko au plus." : "."));
        problem.setType(TOO_LARGE);
        problem.setTitle("Requête trop volumineuse");
        return problem;
    }

    /** The French label of the field a JSON value was meant for: the innermost named field's. */
    private static String labelOf(MismatchedInputException mismatch) {
        List<JsonMappingException.Reference> path = mismatch.getPath();
        for (int i = path.size() - 1; i >= 0; i--) {
            JsonMappingException.Reference ref = path.get(i);
            if (ref.getFieldName() != null && ref.getFrom() != null) {
                Class<?> type = ref.getFrom() instanceof Class<?> c ? c : ref.getFrom().getClass();
                return InputValidation.labelOf(type, ref.getFieldName());
            }
        }
        return null;
    }

    /** What was wrong with the value, in French, from the type the field expects. */
    private static String describe(MismatchedInputException mismatch) {
        if (mismatch instanceof UnrecognizedPropertyException) {
            return "ce champ n'existe pas : retirez-le ou corrigez son nom";
        }
        Class<?> target = mismatch.getTargetType();
        Object value = mismatch instanceof InvalidFormatException format ? format.getValue() : null;
        String expected = target == null ? null : expected(target);
        if (expected == null) {
            return value != null ? "la valeur « " + value + " » n'est pas acceptée" : "n'a pas le bon type";
        }
        return (value != null ? "la valeur « " + value + " » n'est pas acceptée : " : "") + expected;
    }

    private static String expected(Class<?> target) {
        if (target == String.class) {
            return "doit être un texte, entre guillemets";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class
                || target == Short.class || target == short.class) {
            return "doit être un nombre entier";
        }
        if (Number.class.isAssignableFrom(target) || target == double.class || target == float.class) {
            return "doit être un nombre";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "doit valoir true ou false";
        }
        if (target == LocalDate.class) {
            return "doit être une date au format AAAA-MM-JJ";
        }
        if (target == LocalTime.class) {
            return "doit être une heure au format HH:MM";
        }
        if (target == LocalDateTime.class || target == OffsetDateTime.class) {
            return "doit être une date et une heure au format AAAA-MM-JJTHH:MM";
        }
        if (target.isEnum()) {
            return "doit être l'une des valeurs : " + Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "doit être une liste";
        }
        return null;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static ProblemDetail invalid(List<FieldViolation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                InvalidInputException.describe(violations));
        problem.setType(INVALID_INPUT);
        problem.setTitle("Saisie invalide");
        problem.setProperty("errors", violations.stream()
                .map(v -> v.label() == null ? Map.of("field", v.field(), "message", v.message())
                        : Map.of("field", v.field(), "label", v.label(), "message", v.message()))
                .toList());
        return problem;
    }
}
