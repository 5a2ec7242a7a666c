package fr.poleess.support.access.internal;

import java.io.IOException;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses state-changing requests that a browser sent on behalf of another site. CSRF tokens are off
 * for the Basic-auth APIs, but a browser that once answered the Basic prompt (for {@code /rapports},
 * say) resends those credentials to any request for this origin, including a form another site posts
 * to {@code /engine-rest/deployment/create}. Browsers mark such requests with
 * {@code Sec-Fetch-Site: cross-site}; API clients send no such header and are not affected.
 */
class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> ALLOWED_FETCH_SITES = Set.of("same-origin", "none");

    private final AccessDeniedHandler accessDeniedHandler;

    CrossSiteRequestFilter(AccessDeniedHandler accessDeniedHandler) {
        this.accessDeniedHandler = accessDeniedHandler;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (!SAFE_METHODS.contains(request.getMethod()) && fetchSite != null
                && !ALLOWED_FETCH_SITES.contains(fetchSite)) {
            accessDeniedHandler.handle(request, response,
                    new AccessDeniedException("Requête envoyée depuis un autre site refusée."));
            return;
        }
        chain.doFilter(request, response);
    }
}
