package fr.poleess.support.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.function.BiFunction;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.digest.Sha512HashDigest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.poleess.support.HttpTestClient;
import fr.poleess.support.PostgresIntegrationTest;

/**
 * Password guessing over real HTTP, on every way in: HTTP Basic on {@code /api} and {@code /engine-rest},
 * and the webapps' login form. Each test has its own accounts and its own client addresses (sent as
 * {@code X-Forwarded-For}, as the TLS proxy does, from the documentation range 203.0.113.0/24), so
 * the holds it provokes touch no other test. Time moves on the engine's clock, which the throttle reads.
 */
class LoginProtectionIntegrationTest extends PostgresIntegrationTest {

    private static final String PASSWORD = "Bon-Mot-de-passe-2026";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper objectMapper;
    @Value("${support.security.password-hashing.iterations}")
    int hashingIterations;

    HttpTestClient http;

    @BeforeEach
    void client() {
        http = new HttpTestClient(port);
        ClockUtil.setCurrentTime(new Date());
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void repeatedFailuresOnTheApiAreHeldBackWithGrowingDelaysThenTheRightPasswordWorks() throws Exception {
        String user = newUser("test.throttle.api");
        String address = "203.0.113.10";

        // Five failures are free, the sixth holds the account for 15 seconds.
        for (int i = 1; i <= 6; i++) {
            assertThat(api(address, user, "mauvais-" + i).statusCode()).as("failure " + i).isEqualTo(401);
        }
        HttpResponse<String> held = api(address, user, PASSWORD);
        assertThat(held.statusCode()).as("even the right password waits").isEqualTo(429);
        assertTooManyLogins(held, 15);

        moveClock(Duration.ofSeconds(16));
        HttpResponse<String> wrongAgain = api(address, user, "mauvais-7");
        assertThat(wrongAgain.statusCode()).isEqualTo(401);
        // The seventh failure doubles the hold.
        assertTooManyLogins(api(address, user, PASSWORD), 30);

        moveClock(Duration.ofSeconds(31));
        assertThat(api(address, user, PASSWORD).statusCode()).as("once the delay has passed").isEqualTo(200);
        // A success forgets the account's failures.
        assertThat(api(address, user, "mauvais-8").statusCode()).isEqualTo(401);
        assertThat(api(address, user, PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void theEngineRestApiAndTheWebappLoginAreHeldBackTheSameWay() throws Exception {
        String restUser = newUser("test.throttle.rest");
        String webappUser = newUser("test.throttle.webapp");

        for (int i = 1; i <= 6; i++) {
            assertThat(engineRest("203.0.113.20", restUser, "mauvais").statusCode()).isEqualTo(401);
            assertThat(webappLogin("203.0.113.21", webappUser, "mauvais").statusCode()).isEqualTo(401);
        }
        assertTooManyLogins(engineRest("203.0.113.20", restUser, PASSWORD), 15);
        HttpResponse<String> webapp = webappLogin("203.0.113.21", webappUser, PASSWORD);
        assertTooManyLogins(webapp, 15);

        moveClock(Duration.ofSeconds(16));
        assertThat(engineRest("203.0.113.20", restUser, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(webappLogin("203.0.113.21", webappUser, PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void aStrangerCannotLockAnAccountForGood() throws Exception {
        String user = newUser("test.throttle.owner");
        String owners = "203.0.113.30";
        String strangers = "203.0.113.31";
        assertThat(api(owners, user, PASSWORD).statusCode()).isEqualTo(200);

        // A stranger hammers the account: the holds grow, to 15 minutes at most.
        long longest = 0;
        for (int i = 0; i < 40; i++) {
            HttpResponse<String> attempt = api(strangers, user, "devine-" + i);
            if (attempt.statusCode() == 429) {
                longest = Math.max(longest, retryAfter(attempt));
                moveClock(Duration.ofSeconds(retryAfter(attempt)));
            } else {
                assertThat(attempt.statusCode()).isEqualTo(401);
            }
        }
        assertThat(longest).isEqualTo(Duration.ofMinutes(15).toSeconds());
        assertThat(api(strangers, user, PASSWORD).statusCode()).isEqualTo(429);

        // Meanwhile the owner, where they logged in before, is not held at all…
        assertThat(api(owners, user, PASSWORD).statusCode()).isEqualTo(200);
        // …and from a new place, only until the hold ends.
        HttpResponse<String> elsewhere = api("203.0.113.32", user, PASSWORD);
        if (elsewhere.statusCode() == 429) {
            assertThat(retryAfter(elsewhere)).isLessThanOrEqualTo(Duration.ofMinutes(15).toSeconds());
            moveClock(Duration.ofSeconds(retryAfter(elsewhere)));
        }
        assertThat(api("203.0.113.32", user, PASSWORD).statusCode()).isEqualTo(200);
        // Camunda's own lock, permanent after 10 failures, is off: the engine still accepts the password.
        assertThat(identityService.checkPassword(user, PASSWORD)).isTrue();
    }

    @Test
    void oneAddressGuessingManyAccountsIsHeldBackForAllOfThem() {
        String address = "203.0.113.40";
        for (int i = 0; i < 21; i++) {
            assertThat(api(address, "personne.inconnue." + i, "devine").statusCode()).isEqualTo(401);
        }
        assertThat(api(address, "conseiller.beaune", "demo").statusCode()).isEqualTo(429);
        // The same account from another address is not affected.
        assertThat(api("203.0.113.41", "conseiller.beaune", "demo").statusCode()).isEqualTo(200);
        moveClock(Duration.ofSeconds(16));
        assertThat(api(address, "conseiller.beaune", "demo").statusCode()).isEqualTo(200);
    }

    @Test
    void anOldSha512HashIsUpgradedAtTheNextLogin() {
        String user = newUser("test.ancien.hachage");
        // As the engine stored passwords before: one round of SHA-512 over password and salt.
        String salt = "c2VsLWRlLXRlc3Q=";
        jdbc.update("update ACT_ID_USER set PWD_ = ?, SALT_ = ? where ID_ = ?",
                "{SHA-512}" + new Sha512HashDigest().encrypt(PASSWORD + salt), salt, user);

        assertThat(api("203.0.113.50", user, PASSWORD).statusCode()).isEqualTo(200);

        String stored = jdbc.queryForObject("select PWD_ from ACT_ID_USER where ID_ = ?", String.class, user);
        assertThat(stored).startsWith("{PBKDF2-SHA256}");
        assertThat(identityService.checkPassword(user, PASSWORD)).isTrue();
        assertThat(identityService.checkPassword(user, "Autre-Mot-de-passe-2026")).isFalse();
    }

    @Test
    void aHashOfFewerIterationsThanTheSettingIsUpgradedAtTheNextLogin() {
        String user = newUser("test.hachage.faible");
        // As stored when the setting was lower: PBKDF2 over password and salt, its number of iterations first.
        String salt = "c2VsLWRlLXRlc3Q=";
        Pbkdf2PasswordEncoder weaker = new Pbkdf2PasswordEncoder("", 16, 500,
                Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
        jdbc.update("update ACT_ID_USER set PWD_ = ?, SALT_ = ? where ID_ = ?",
                "{PBKDF2-SHA256}500$" + weaker.encode(PASSWORD + salt), salt, user);

        assertThat(api("203.0.113.51", user, PASSWORD).statusCode()).isEqualTo(200);

        String stored = jdbc.queryForObject("select PWD_ from ACT_ID_USER where ID_ = ?", String.class, user);
        assertThat(stored).startsWith("{PBKDF2-SHA256}" + hashingIterations + "$");
        assertThat(identityService.checkPassword(user, PASSWORD)).isTrue();
        assertThat(identityService.checkPassword(user, "Autre-Mot-de-passe-2026")).isFalse();
    }

    @Test
    void newPasswordsFollowTheCnilPolicyWithAFrenchExplanation() throws Exception {
        for (String weak : new String[] { "a", "", "Court-2026!", "sans-majuscule-2026", "Sans-Chiffre-Ici",
                "test.politique.Mdp1" }) {
            HttpResponse<String> refused = http.postJson("/engine-rest/user/create", "admin", "demo",
                    userJson("test.politique.mdp", weak));
            assertThat(refused.statusCode()).as(weak).isEqualTo(400);
            assertThat(objectMapper.readTree(refused.body()).path("message").asText()).as(weak)
                    .startsWith("Mot de passe refusé : il doit compter au moins 12 caractères");
        }
        assertThat(identityService.createUserQuery().userId("test.politique.mdp").count()).isZero();

        HttpResponse<String> created = http.postJson("/engine-rest/user/create", "admin", "demo",
                userJson("test.politique.mdp", "Un-Vrai-Mot-de-passe-2026"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
        String stored = jdbc.queryForObject("select PWD_ from ACT_ID_USER where ID_ = ?", String.class,
                "test.politique.mdp");
        assertThat(stored).startsWith("{PBKDF2-SHA256}");

        // A change of password in Admin goes through the same policy, on the webapps' engine API.
        HttpTestClient admin = new HttpTestClient(port);
        assertThat(admin.webappLogin("admin", "admin", "demo").statusCode()).isEqualTo(200);
        HttpResponse<String> change = admin.send(admin.webappRequest(
                "/camunda/api/engine/engine/default/user/test.politique.mdp/credentials")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"password\":\"faible\",\"authenticatedUserPassword\":\"demo\"}")));
        assertThat(change.statusCode()).isEqualTo(400);
        assertThat(objectMapper.readTree(change.body()).path("message").asText()).startsWith("Mot de passe refusé");
        identityService.deleteUser("test.politique.mdp");
    }

    private String userJson(String id, String password) throws Exception {
        return objectMapper.writeValueAsString(java.util.Map.of(
                "profile", java.util.Map.of("id", id, "firstName", "Test", "lastName", "Politique"),
                "credentials", java.util.Map.of("password", password)));
    }

    private void assertTooManyLogins(HttpResponse<String> response, long maxSeconds) throws Exception {
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(retryAfter(response)).isBetween(1L, maxSeconds);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = objectMapper.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(429);
        assertThat(problem.path("title").asText()).isEqualTo("Trop de tentatives de connexion");
        assertThat(problem.path("detail").asText()).startsWith("Trop de tentatives de connexion ont échoué. Réessayez dans");
    }

    private static long retryAfter(HttpResponse<String> response) {
        return Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
    }

    private HttpResponse<String> api(String address, String user, String password) {
        return from(address, user, password, "/api/journeys");
    }

    private HttpResponse<String> engineRest(String address, String user, String password) {
        return from(address, user, password, "/engine-rest/engine");
    }

    private HttpResponse<String> from(String address, String user, String password, String path) {
        return http.send(http.request(path, user, password).header("X-Forwarded-For", address).GET());
    }

    /** The webapps' login form, as Tasklist posts it (CSRF token from the login page). */
    private HttpResponse<String> webappLogin(String address, String user, String password) {
        HttpTestClient browser = new HttpTestClient(port);
        browser.get("/camunda/app/tasklist/");
        BiFunction<String, String, String> field = (name, value) -> name + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8);
        return browser.send(browser.webappRequest("/camunda/api/admin/auth/user/default/login/tasklist")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(field.apply("username", user) + "&"
                        + field.apply("password", password))));
    }

    private String newUser(String id) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName("Test");
            user.setLastName("Connexion");
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(id, "advisors-beaune");
        }
        return id;
    }

    private static void moveClock(Duration by) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + by.toMillis()));
    }
}
