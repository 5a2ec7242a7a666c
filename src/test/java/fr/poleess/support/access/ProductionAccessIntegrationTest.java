package fr.poleess.support.access;

import fr.poleess.support.HttpTestClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.poleess.support.EmbeddedPostgresSupport;
import fr.poleess.support.SpringProcessEngineRegistration;
import fr.poleess.support.access.internal.AccessSeeding;

/**
 * The {@code postgres} profile as installed for real: no demo account, one {@code admin} whose
 * password comes from {@code ADMIN_PASSWORD}, and the same groups, rights and filters as the demo.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "camunda.bpm.job-execution.enabled=false",
        "ADMIN_PASSWORD=" + ProductionAccessIntegrationTest.ADMIN_PASSWORD })
@ActiveProfiles("postgres")
class ProductionAccessIntegrationTest {

    static final String ADMIN_PASSWORD = "Mot-de-passe-initial-2026";

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    FilterService filterService;
    @Autowired
    AccessSeeding accessSeeding;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry, "access_production");
    }

    @BeforeEach
    void registerThisContextsEngine() {
        SpringProcessEngineRegistration.use(processEngine);
    }

    @Test
    void onlyTheAdministratorExistsWithThePasswordFromTheEnvironment() {
        assertThat(identityService.createUserQuery().list()).extracting(User::getId).containsExactly("admin");
        assertThat(identityService.checkPassword("admin", ADMIN_PASSWORD)).isTrue();
        assertThat(identityService.createUserQuery().userId("admin").memberOfGroup(AccessGroups.ADMINS).count())
                .isOne();
        assertThat(identityService.createGroupQuery().count()).isEqualTo(5);
        assertThat(filterService.createFilterQuery().list()).extracting(Filter::getName)
                .containsExactlyInAnyOrder("Mes tâches", "Mon territoire", "Rendez-vous non enregistrés", "Toutes les tâches");

        HttpTestClient http = new HttpTestClient(port);
        assertThat(http.get("/engine-rest/engine", "admin", ADMIN_PASSWORD).statusCode()).isEqualTo(200);
        assertThat(http.get("/engine-rest/engine", "conseiller.beaune", "demo").statusCode()).isEqualTo(401);
    }

    @Test
    void everyCookieIsSecureAndSameSite() {
        HttpTestClient http = new HttpTestClient(port);
        HttpResponse<String> page = http.send(http.request("/camunda/app/tasklist/default/")
                .header("X-Forwarded-Proto", "https").GET());

        assertThat(page.headers().allValues("Set-Cookie")).extracting(cookie -> cookie.substring(0, cookie.indexOf('=')))
                .contains("XSRF-TOKEN", "JSESSIONID");
        assertThat(page.headers().allValues("Set-Cookie")).allSatisfy(cookie -> assertThat(cookie)
                .containsPattern("(?i);\\s*Secure(;|$)").containsIgnoringCase("SameSite="));
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    @Test
    void seedingAgainKeepsEverythingAsItIs() {
        long authorizations = authorizationService.createAuthorizationQuery().count();
        // The administrator changed the initial password in Camunda Admin (following the policy, which
        // refuses the user's own names: "Administrateur" would not do): a restart must not reset it.
        User admin = identityService.createUserQuery().userId("admin").singleResult();
        admin.setPassword("Choisi-par-la-direction-2027");
        identityService.saveUser(admin);

        accessSeeding.seed();

        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
        assertThat(identityService.checkPassword("admin", "Choisi-par-la-direction-2027")).isTrue();
        assertThat(identityService.createUserQuery().count()).isOne();

        admin.setPassword(ADMIN_PASSWORD);
        identityService.saveUser(admin);
    }
}
