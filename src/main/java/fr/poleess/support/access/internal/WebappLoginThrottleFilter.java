package fr.poleess.support.access.internal;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import java.time.Duration;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts the webapps' login form ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}, what
 * Tasklist, Cockpit and Admin post) under the same {@link LoginThrottle} as HTTP Basic: a held login
 * is answered {@code 429} with {@code Retry-After} before Camunda checks the password; afterwards a
 * {@code 401} counts as a failure and a {@code 200} as a success. The form body is read here to learn
 * the login name and handed on unchanged to Camunda's login resource.
 */
class WebappLoginThrottleFilter extends OncePerRequestFilter {

    static final String LOGIN_PATHS = "/camunda/api/admin/auth/user/*";
    private static final Pattern LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");
    /** The login form holds two short fields; anything bigger is not a login. */
    private static final int MAX_FORM_BYTES = 8 * 1024;

    private final LoginThrottle throttle;
    private final ProblemResponses problems;

    WebappLoginThrottleFilter(LoginThrottle throttle, ProblemResponses problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !LOGIN.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_FORM_BYTES + 1);
        if (body.length > MAX_FORM_BYTES) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        String userId = formField(new String(body, StandardCharsets.ISO_8859_1), "username");
        String address = request.getRemoteAddr();
        Optional<Duration> hold = throttle.holdFor(address, userId);
        if (hold.isPresent()) {
            problems.tooManyLogins(request, response, hold.get());
            return;
        }
        chain.doFilter(new ReplayedBodyRequest(request, body), response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            throttle.failed(address, userId);
        } else if (response.getStatus() == HttpServletResponse.SC_OK) {
            throttle.succeeded(address, userId);
        }
    }

    /** The first value of a field of an {@code application/x-www-form-urlencoded} body, or "". */
    static String formField(String form, String name) {
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (name.equals(URLDecoder.decode(key, StandardCharsets.UTF_8))) {
                return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }
}
