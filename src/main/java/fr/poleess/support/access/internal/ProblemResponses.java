package fr.poleess.support.access.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers 401 and 403 from the security filters as RFC 9457 problem bodies in French, like the rest
 * of the API. These answers are written before any controller runs, so the MVC problem handling
 * cannot produce them.
 */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "Parcours";
    static final URI UNAUTHENTICATED = URI.create("urn:problem:unauthenticated");
    static final URI FORBIDDEN = URI.create("urn:problem:forbidden");
    static final URI TOO_MANY_LOGINS = URI.create("urn:problem:too-many-logins");
    static final MediaType PROBLEM_JSON_UTF8 = new MediaType(MediaType.APPLICATION_PROBLEM_JSON, StandardCharsets.UTF_8);

    private final ObjectMapper objectMapper;

    ProblemResponses(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginThrottledException throttled) {
            tooManyLogins(request, response, throttled.retryAfter());
            return;
        }
        // The realm makes browsers show their login prompt, which is how /rapports is opened.
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        String detail = e instanceof BadCredentialsException
                ? "Identifiant ou mot de passe incorrect."
                : "Identifiez-vous avec votre identifiant et votre mot de passe Camunda.";
        write(request, response, HttpStatus.UNAUTHORIZED, UNAUTHENTICATED, "Authentification requise", detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        // A page's form without its token: most often the page was opened before the session ended.
        String detail = e instanceof CsrfException
                ? "Formulaire expiré ou envoyé depuis une autre page : rechargez la page et recommencez."
                : "Vous n'avez pas les droits nécessaires pour cette action.";
        write(request, response, HttpStatus.FORBIDDEN, FORBIDDEN, "Accès refusé", detail);
    }

    /**
     * {@code 429} with {@code Retry-After} (whole seconds, rounded up) and a French problem body; no
     * Basic challenge, so that a browser does not prompt again at once.
     */
    void tooManyLogins(HttpServletRequest request, HttpServletResponse response, Duration retryAfter)
            throws IOException {
        long seconds = Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        write(request, response, HttpStatus.TOO_MANY_REQUESTS, TOO_MANY_LOGINS, "Trop de tentatives de connexion",
                "Trop de tentatives de connexion ont échoué. Réessayez dans " + FrenchDurations.describe(seconds)
                        + " ; en cas d'oubli du mot de passe, adressez-vous à l'administrateur.");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type,
            String title, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type.toString());
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(PROBLEM_JSON_UTF8.toString());
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
