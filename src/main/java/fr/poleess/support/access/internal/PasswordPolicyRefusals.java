package fr.poleess.support.access.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Explains, in French, a password the engine refused under {@link CnilPasswordPolicy}. The engine
 * throws a bare "Password does not match policy", which its REST APIs answer as a {@code 500}; Camunda
 * Admin (creating a user, changing a password) and engine REST clients get instead a {@code 400} whose
 * {@code message}, the field Admin shows, says what a password needs. Only user creation and password
 * changes are looked at; every other answer passes through untouched.
 */
@Component
class PasswordPolicyRefusals extends OncePerRequestFilter {

    static final String MESSAGE = "Mot de passe refusé : il doit compter au moins " + CnilPasswordPolicy.MIN_LENGTH
            + " caractères, dont au moins une minuscule, une majuscule, un chiffre et un caractère spécial, et ne pas "
            + "reprendre l'identifiant, le prénom, le nom ou l'adresse e-mail de l'utilisateur.";
    private static final String ENGINE_MESSAGE = "Password does not match policy";
    private static final Pattern PASSWORD_CHANGES = Pattern
            .compile("/(engine-rest|camunda/api/engine/engine/[^/]+)/user/(create|[^/]+/credentials)/?");

    private final ObjectMapper objectMapper;

    PasswordPolicyRefusals(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()))
                || !PASSWORD_CHANGES.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapper);
            if (wrapper.getStatus() >= 400 && new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8)
                    .contains(ENGINE_MESSAGE)) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("type", "PasswordPolicyException");
                body.put("message", MESSAGE);
                wrapper.resetBuffer();
                wrapper.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                wrapper.setContentType("application/json;charset=UTF-8");
                wrapper.getOutputStream().write(objectMapper.writeValueAsBytes(body));
            }
        } finally {
            wrapper.copyBodyToResponse();
        }
    }
}
