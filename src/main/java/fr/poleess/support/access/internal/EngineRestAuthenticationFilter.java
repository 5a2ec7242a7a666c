package fr.poleess.support.access.internal;

import java.io.IOException;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Hands the Spring-authenticated user to the engine for the duration of an {@code /engine-rest}
 * request, so that Camunda authorizations filter and guard the REST API exactly as they do in the
 * webapps. Without it the engine would see no user and skip every authorization check.
 * <p>
 * Deliberately the only mechanism: Camunda's own {@code ProcessEngineAuthenticationFilter} is not
 * registered, so credentials are checked once and 401 answers look the same everywhere.
 */
class EngineRestAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identityService;
    private final RequestMatcher engineRest;

    EngineRestAuthenticationFilter(IdentityService identityService, RequestMatcher engineRest) {
        this.identityService = identityService;
        this.engineRest = engineRest;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !engineRest.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof EngineUser user)) {
            // The security chain lets no unauthenticated request through to /engine-rest; refuse rather
            // than run engine calls without authorization checks if that ever changes.
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        identityService.setAuthentication(user.userId(), user.groupIds(), user.tenantIds());
        try {
            chain.doFilter(request, response);
        } finally {
            // Servlet threads are pooled: a forgotten authentication would leak to the next request.
            identityService.clearAuthentication();
        }
    }
}
