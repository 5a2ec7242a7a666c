package fr.poleess.support.shared;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * When a form submitted through the engine REST API (what Tasklist calls) breaks one of our rules,
 * the engine wraps our {@link InvalidInputException} twice ("Cannot submit task form …: ENGINE-03051
 * There was an exception while invoking the TaskListener …") and answers {@code 500}. This mapper
 * answers {@code 400} with our French message alone, which Tasklist shows to the advisor as it is.
 * Every other error keeps Camunda's own handling.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestValidationErrors {

    @Bean
    ResourceConfigCustomizer invalidInputMapper() {
        return config -> config.register(InvalidInputMapper.class);
    }

    @Priority(1)
    static class InvalidInputMapper implements ExceptionMapper<RestException> {

        private final RestExceptionHandler camunda = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidInputException invalid) {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("type", InvalidInputException.class.getSimpleName());
                    body.put("message", invalid.getMessage());
                    body.put("errors", invalid.getViolations().stream()
                            .map(v -> Map.of("field", v.field(), "message", v.message())).toList());
                    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                            .entity(body).build();
                }
            }
            return camunda.toResponse(exception);
        }
    }
}
