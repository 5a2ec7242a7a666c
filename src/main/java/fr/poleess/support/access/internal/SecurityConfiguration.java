package fr.poleess.support.access.internal;

import java.time.Clock;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.poleess.support.access.AccessGroups;

import jakarta.servlet.DispatcherType;

/**
 * Two security chains.
 * <ul>
 * <li>Open: {@code /camunda/**} (Tasklist, Cockpit, Admin), {@code /} (redirects there) and
 * {@code /actuator/health/**}. The webapps have their own session login and CSRF protection against
 * the same Camunda accounts; Spring Security leaves them alone, and does not even read an
 * {@code Authorization} header there, so stale Basic credentials a browser kept for {@code /rapports}
 * cannot lock anyone out of Tasklist.</li>
 * <li>Everything else ({@code /api/**}, {@code /engine-rest/**}, {@code /rapports}…): HTTP Basic
 * credentials of a Camunda user, checked on every request, no session. A browser already logged in
 * to Tasklist or Cockpit may also read (GET, HEAD) {@code /api/**}, {@code /rapports} and {@code /mon-agenda} with the webapps' session, so that links in
 * Tasklist forms open without a second login ({@link WebappSessionAuthenticationFilter}); it may post the
 * forms of {@code /mon-agenda} only with the page's CSRF token, which Spring Security keeps in that session.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    // Path patterns, not MVC matchers: /engine-rest is served by Jersey's servlet, not by Spring MVC.
    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();
    static final RequestMatcher ENGINE_REST = PATHS.matcher("/engine-rest/**");
    static final RequestMatcher API = PATHS.matcher("/api/**");
    static final RequestMatcher REPORT_PAGE = PATHS.matcher("/rapports");
    /**
     * « Mon agenda »: the advisor's calendar feed page and its forms. Its forms post with Spring
     * Security's CSRF token (kept in the HTTP session), so this path must never join the CSRF
     * exceptions below: the webapps' session is accepted there for writes only because of that token.
     */
    static final RequestMatcher AGENDA_PAGE = PATHS.matcher("/mon-agenda/**");
    // The webapps' login page probes /camunda-welcome; a Basic challenge there would pop the browser's
    // own sign-in dialog over Camunda's login form.
    static final RequestMatcher OPEN = new OrRequestMatcher(PATHS.matcher("/camunda/**"), PATHS.matcher("/"),
            PATHS.matcher("/camunda-welcome"), PATHS.matcher("/actuator/health/**"),
            // Advisors' calendar feeds: calendar applications cannot log in, the URL's secret token is the key.
            PATHS.matcher(HttpMethod.GET, "/api/calendar/*.ics"));

    /**
     * What only managers (and administrators) may do, said once here rather than in each controller:
     * the activity report and its page, changes to the partner directory, erasure, a journey's access
     * log, the outbox. Anyone else gets the same French {@code 403} problem as every other refusal.
     */
    static final RequestMatcher MANAGERS_ONLY = new OrRequestMatcher(
            PATHS.matcher("/api/reports/**"), REPORT_PAGE,
            PATHS.matcher(HttpMethod.POST, "/api/partners"), PATHS.matcher(HttpMethod.PUT, "/api/partners/*"),
            PATHS.matcher(HttpMethod.DELETE, "/api/partners/*"),
            PATHS.matcher(HttpMethod.POST, "/api/journeys/*/erasure"),
            PATHS.matcher("/api/journeys/*/access-log"),
            PATHS.matcher("/api/outbox/**"));

    /** The retention's run by hand, and every advisor's calendar feed on « Mon agenda »: administrators only. */
    static final RequestMatcher ADMINS_ONLY = new OrRequestMatcher(PATHS.matcher("/api/retention/**"),
            PATHS.matcher("/mon-agenda/conseillers/**"));

    private static final String MANAGER = AccessGroups.authority(AccessGroups.MANAGERS);
    private static final String ADMIN = AccessGroups.authority(AccessGroups.ADMINS);

    /** Our own pages ({@code /rapports}, error pages): inline styles and SVG, no script, nothing from elsewhere. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /**
     * The only authentication provider, as a bean: Spring Security makes it the global one, which every
     * chain falls back to (adding it to a chain as well would check each password twice), and Spring
     * Boot then creates no default in-memory user.
     */
    @Bean
    CamundaIdentityAuthenticationProvider camundaIdentityAuthenticationProvider(IdentityService identityService,
            LoginThrottle loginThrottle, Clock clock, JdbcTemplate jdbcTemplate) {
        return new CamundaIdentityAuthenticationProvider(identityService, loginThrottle, clock, jdbcTemplate);
    }

    /**
     * The engine APIs' allow-list, after Spring Security (so that {@code /engine-rest} callers are known)
     * and before {@code RefusedFormResponses} (so that a refused form's {@code 400} is not taken for a
     * server error).
     */
    @Bean
    FilterRegistrationBean<EngineApiGuard> engineApiGuard(IdentityService identityService, TaskService taskService,
            FormService formService, RepositoryService repositoryService, ManagementService managementService,
            ObjectMapper objectMapper) {
        FilterRegistrationBean<EngineApiGuard> registration = new FilterRegistrationBean<>(new EngineApiGuard(
                identityService, taskService, formService, repositoryService, managementService, objectMapper));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }

    /** The webapps' login form goes through the same throttle as HTTP Basic. */
    @Bean
    FilterRegistrationBean<WebappLoginThrottleFilter> webappLoginThrottle(LoginThrottle loginThrottle,
            ObjectMapper objectMapper) {
        var registration = new FilterRegistrationBean<>(
                new WebappLoginThrottleFilter(loginThrottle, new ProblemResponses(objectMapper)));
        registration.addUrlPatterns(WebappLoginThrottleFilter.LOGIN_PATHS);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** No address of ours (journey references in paths, report periods in queries) leaks to another site. */
    private static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.SAME_ORIGIN;

    @Bean
    @Order(1)
    SecurityFilterChain openChain(HttpSecurity http) throws Exception {
        http
                .securityMatcher(OPEN)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // The webapps check their own CSRF token; health is read-only.
                .csrf(csrf -> csrf.disable())
                // Camunda's HeaderSecurityFilter sets the webapps' CSP (with its script nonce) and HSTS.
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY)))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain basicAuthChain(HttpSecurity http,
            IdentityService identityService, ObjectMapper objectMapper) throws Exception {
        ProblemResponses problems = new ProblemResponses(objectMapper);
        http
                .authorizeHttpRequests(requests -> requests
                        // Error pages render the status of a request that was already authorized or refused.
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(ADMINS_ONLY).hasAuthority(ADMIN)
                        .requestMatchers(MANAGERS_ONLY).hasAnyAuthority(MANAGER, ADMIN)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(ProblemResponses.REALM).authenticationEntryPoint(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                // HSTS is Spring Security's default, sent on requests that came over HTTPS (through the proxy).
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                // No session of our own. A read with the webapps' session (WebappSessionAuthenticationFilter)
                // looks to Spring Security like a fresh login, and its default session-fixation protection
                // then gave the session a new id at every read: Tasklist's calls in flight, still carrying
                // the old id, got 401. The webapps' login already renews the id.
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionFixation(fixation -> fixation.none()))
                // Basic-auth clients carry no CSRF cookie; CrossSiteRequestFilter stands in for the token.
                // Our pages' forms (« Mon agenda ») carry a token kept in the HTTP session: the webapps'
                // session when the page was opened from Tasklist, so another site can neither read nor replay it.
                // Every request here logs in afresh (nothing is kept between them), and Spring Security's
                // default replaces the token at each login: the page's forms then failed as soon as anything
                // else had been read with the same session. The webapps' own login renews the session.
                .csrf(csrf -> csrf.csrfTokenRepository(new HttpSessionCsrfTokenRepository())
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy())
                        .ignoringRequestMatchers(API, ENGINE_REST))
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(new CrossSiteRequestFilter(problems), BasicAuthenticationFilter.class)
                // Tasklist forms link to our documents: the webapps' session may read /api, never write;
                // it may post « Mon agenda »'s forms, which the CSRF filter (earlier in this chain) checked.
                .addFilterAfter(new WebappSessionAuthenticationFilter(new OrRequestMatcher(API, REPORT_PAGE, AGENDA_PAGE),
                        AGENDA_PAGE), BasicAuthenticationFilter.class)
                .addFilterAfter(new EngineRestAuthenticationFilter(identityService, ENGINE_REST),
                        AuthorizationFilter.class);
        return http.build();
    }
}
