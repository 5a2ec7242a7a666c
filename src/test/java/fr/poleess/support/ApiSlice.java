package fr.poleess.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import fr.poleess.support.access.internal.ApiSliceSecurity;
import fr.poleess.support.access.internal.LoginThrottle;
import fr.poleess.support.privacy.AccessLog;

/**
 * A {@code @WebMvcTest} slice of our API: the given controllers, the problem handling, the filters and
 * the application's security chains, with no engine and no database (a few seconds, not a full start).
 * The engine services and the JDBC template the security configuration needs, and the access log, are mocks; a test mocks the
 * services its controllers call ({@code @MockitoBean}) and logs in with
 * {@code SecurityMockMvcRequestPostProcessors.user(…).authorities(…)}, one {@code GROUP_<id>} per Camunda group.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// The settings records (@ConfigurationPropertiesScan), which the filters read, bound from application.yaml.
@WebMvcTest(includeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = ConfigurationProperties.class))
@Import(ApiSliceSecurity.class)
@MockitoBean(types = { IdentityService.class, TaskService.class, FormService.class, RepositoryService.class,
        ManagementService.class, LoginThrottle.class, JdbcTemplate.class })
// By name: the privacy slice mocks its JdbcAccessLog too, and the interceptor's parameter picks this one.
@MockitoBean(name = "accessLog", types = AccessLog.class)
public @interface ApiSlice {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};
}
