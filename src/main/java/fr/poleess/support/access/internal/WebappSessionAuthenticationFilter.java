package fr.poleess.support.access.internal;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import fr.poleess.support.access.AccessGroups;

/**
 * Lets a browser logged in to Tasklist read our API with the webapps' own session, for {@code GET}
 * and {@code HEAD} only: a link in a Tasklist form (« Télécharger le contrat à faire signer ») then
 * opens without a second login. Nothing that changes data through {@code /api} is reachable this way,
 * so the webapps' CSRF token is not needed there; a request with an {@code Authorization} header is
 * left to HTTP Basic.
 * <p>
 * The forms of our own pages ({@code /mon-agenda}) may also be posted with that session, because
 * Spring Security's CSRF filter runs before this one in the chain and has already refused any
 * state-changing request without the token the page put in its form (kept in the same session).
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

    private static final Set<String> READ_ONLY = Set.of("GET", "HEAD");
    /** The methods Spring Security's CSRF filter checks (not OPTIONS or TRACE, which it lets through). */
    private static final Set<String> CSRF_CHECKED = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String ENGINE = "default";

    private final RequestMatcher readablePaths;
    private final RequestMatcher csrfCheckedPaths;

    /**
     * @param readablePaths where the session may read
     * @param csrfCheckedPaths where it may also write: only paths the CSRF filter protects
     */
    WebappSessionAuthenticationFilter(RequestMatcher readablePaths, RequestMatcher csrfCheckedPaths) {
        this.readablePaths = readablePaths;
        this.csrfCheckedPaths = csrfCheckedPaths;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        boolean allowed = READ_ONLY.contains(method) ? readablePaths.matches(request)
                : CSRF_CHECKED.contains(method) && csrfCheckedPaths.matches(request);
        if (allowed && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && SecurityContextHolder.getContext().getAuthentication() == null) {
            HttpSession session = request.getSession(false);
            Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
            Authentication user = authentications == null ? null
                    : authentications.getAuthenticationForProcessEngine(ENGINE);
            if (user instanceof UserAuthentication logged && logged.getName() != null) {
                List<String> groups = logged.getGroupIds() == null ? List.of() : logged.getGroupIds();
                SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        logged.getName(), null,
                        groups.stream().map(g -> new SimpleGrantedAuthority(AccessGroups.authority(g))).toList()));
            }
        }
        chain.doFilter(request, response);
    }
}
