package fr.poleess.support.access.internal;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.fasterxml.jackson.databind.ObjectMapper;

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
 * to Tasklist or Cockpit may also read (GET, HEAD) {@code /api/**} and {@code /rapports} with the webapps' session, so that links in
 * Tasklist forms open without a second login ({@link WebappSessionAuthenticationFilter}).</li>
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
    // The webapps' login page probes /camunda-welcome; a Basic challenge there would pop the browser's
    // own sign-in dialog over Camunda's login form.
    static final RequestMatcher OPEN = new OrRequestMatcher(PATHS.matcher("/camunda/**"), PATHS.matcher("/"),
            PATHS.matcher("/camunda-welcome"), PATHS.matcher("/actuator/health/**"),
            // Advisors' calendar feeds: calendar applications cannot log in, the URL's secret token is the key.
            PATHS.matcher(org.springframework.http.HttpMethod.GET, "/api/calendar/*.ics"));

    @Bean
    CamundaIdentityAuthenticationProvider camundaIdentityAuthenticationProvider(IdentityService identityService) {
        return new CamundaIdentityAuthenticationProvider(identityService);
    }

    @Bean
    @Order(1)
    SecurityFilterChain openChain(HttpSecurity http) throws Exception {
        http
                .securityMatcher(OPEN)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // The webapps check their own CSRF token; health is read-only.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain basicAuthChain(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
            IdentityService identityService, ObjectMapper objectMapper) throws Exception {
        ProblemResponses problems = new ProblemResponses(objectMapper);
        http
                .authorizeHttpRequests(requests -> requests
                        // Error pages render the status of a request that was already authorized or refused.
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().authenticated())
                .authenticationProvider(provider)
                .httpBasic(basic -> basic.realmName(ProblemResponses.REALM).authenticationEntryPoint(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Basic-auth clients carry no CSRF cookie; CrossSiteRequestFilter stands in for the token.
                .csrf(csrf -> csrf.ignoringRequestMatchers(API, ENGINE_REST))
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(new CrossSiteRequestFilter(problems), BasicAuthenticationFilter.class)
                // Tasklist forms link to our documents: the webapps' session may read /api, never write.
                .addFilterAfter(new WebappSessionAuthenticationFilter(new OrRequestMatcher(API, REPORT_PAGE)),
                        BasicAuthenticationFilter.class)
                .addFilterAfter(new EngineRestAuthenticationFilter(identityService, ENGINE_REST),
                        AuthorizationFilter.class);
        return http.build();
    }
}
