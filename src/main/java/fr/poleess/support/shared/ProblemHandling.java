package fr.poleess.support.shared;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
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

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return invalid(e.getViolations());
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
        if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            Object value = mismatch instanceof InvalidFormatException format ? format.getValue() : null;
            String message = value != null ? "la valeur « " + value + " » n'est pas acceptée" : "n'a pas le bon type";
            return ResponseEntity.badRequest().body(invalid(List.of(new FieldViolation(field, null, message))));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Le corps de la requête n'est pas un JSON lisible ou une valeur n'a pas le bon type.");
        problem.setType(INVALID_INPUT);
        problem.setTitle("Saisie invalide");
        return ResponseEntity.badRequest().body(problem);
    }

    private static ProblemDetail invalid(List<FieldViolation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                new InvalidInputException(violations).getMessage());
        problem.setType(INVALID_INPUT);
        problem.setTitle("Saisie invalide");
        problem.setProperty("errors", violations.stream()
                .map(v -> Map.of("field", v.field(), "message", v.message()))
                .toList());
        return problem;
    }
}
