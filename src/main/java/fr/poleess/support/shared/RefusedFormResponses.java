package fr.poleess.support.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Gives the advisor our French message, and only it, when a form submitted to the engine breaks one
 * of our rules. Tasklist posts forms to the webapp's engine API ({@code /camunda/api/engine}), tools
 * to {@code /engine-rest}; on both the engine wraps the exception a listener throws ("Cannot submit
 * task form …: ENGINE-03051 There was an exception while invoking the TaskListener …") and answers
 * {@code 500}. When a listener or delegate refused the input with {@link InvalidInputException} while
 * serving the request ({@link RefusalRecording} notes it as a request attribute), this filter replaces that
 * answer with a {@code 400} whose {@code message} is our French text, which Tasklist
 * shows as it is, plus the list of bad fields. Every other answer passes through untouched.
 */
@Component
class RefusedFormResponses extends OncePerRequestFilter {

    /** The request attribute holding the refusal, set by {@link RefusalRecording}. */
    static final String REFUSAL = RefusedFormResponses.class.getName() + ".refusal";

    private final ObjectMapper objectMapper;

    RefusedFormResponses(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod())
                || !(path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/engine/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapper);
            if (request.getAttribute(REFUSAL) instanceof InvalidInputException refusal && wrapper.getStatus() >= 400) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("type", InvalidInputException.class.getSimpleName());
                body.put("message", refusal.getMessage());
                body.put("errors", refusal.getViolations().stream()
                        .map(v -> Map.of("field", v.field(), "message", v.message())).toList());
                wrapper.resetBuffer();
                wrapper.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                wrapper.setContentType("application/json;charset=UTF-8");
                wrapper.getOutputStream().write(objectMapper.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
            }
        } finally {
            wrapper.copyBodyToResponse();
        }
    }
}
