package fr.poleess.support.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers {@code 503} with a French problem body to API calls that arrive before the application is
 * ready. Tomcat accepts connections before the application runners and ready-listeners have run (the
 * access seeding, the demo journeys, partners and sessions); a journey opened meanwhile would compete
 * with the seeding for the reference counter. Spring Boot switches the readiness state to
 * {@link ReadinessState#ACCEPTING_TRAFFIC} once all of them are done, which is also what
 * {@code /actuator/health/readiness} reports. The webapps' pages and health stay reachable.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupGate extends OncePerRequestFilter {

    private static final String RETRY_AFTER_SECONDS = "5";

    private final ApplicationAvailability availability;
    private final ObjectMapper objectMapper;

    StartupGate(ApplicationAvailability availability, ObjectMapper objectMapper) {
        this.availability = availability;
        this.objectMapper = objectMapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/") || path.equals("/api") || path.startsWith("/engine-rest/")
                || path.startsWith("/camunda/api/") || path.equals("/rapports") || path.equals("/mon-agenda")
                || path.startsWith("/mon-agenda/");
        return !api || availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:problem:starting");
        problem.put("title", "Application en cours de démarrage");
        problem.put("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        problem.put("detail", "L'application termine son démarrage : réessayez dans quelques secondes.");
        problem.put("instance", request.getRequestURI());
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getOutputStream().write(objectMapper.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8));
    }
}
