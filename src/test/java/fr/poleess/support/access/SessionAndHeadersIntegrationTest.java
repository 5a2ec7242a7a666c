package fr.poleess.support.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.poleess.support.HttpTestClient;
import fr.poleess.support.PostgresIntegrationTest;

/**
 * Sessions, cookies and security headers as a browser meets them: a Tasklist session reading our API
 * keeps its session id, every cookie carries SameSite, every answer a Referrer-Policy, our HTML pages
 * a CSP, and requests that came through the TLS proxy HSTS.
 */
class SessionAndHeadersIntegrationTest extends PostgresIntegrationTest {

    @LocalServerPort
    int port;

    HttpTestClient browser;

    @BeforeEach
    void browser() {
        browser = new HttpTestClient(port);
    }

    @Test
    void readingTheApiWithTheTasklistSessionKeepsTheSessionId() {
        assertThat(browser.webappLogin("tasklist", "conseiller.beaune", "demo").statusCode()).isEqualTo(200);
        String session = browser.cookie("JSESSIONID");
        assertThat(session).isNotNull();

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> journeys = browser.get("/api/journeys");
            assertThat(journeys.statusCode()).isEqualTo(200);
            assertThat(journeys.headers().allValues("Set-Cookie")).as("no new session cookie")
                    .noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
        }
        assertThat(browser.get("/rapports").statusCode()).as("an advisor may not read the report").isEqualTo(403);

        // Tasklist's calls in flight still carry the same session, which must still be valid.
        assertThat(browser.cookie("JSESSIONID")).isEqualTo(session);
        assertThat(browser.get("/camunda/api/engine/engine/default/task?firstResult=0&maxResults=15").statusCode())
                .isEqualTo(200);
    }

    @Test
    void everyCookieCarriesSameSite() {
        HttpResponse<String> page = browser.get("/camunda/app/tasklist/default/");
        HttpResponse<String> login = browser.webappLogin("tasklist", "conseiller.beaune", "demo");
        assertThat(login.statusCode()).isEqualTo(200);

        List<String> cookies = new java.util.ArrayList<>(page.headers().allValues("Set-Cookie"));
        cookies.addAll(login.headers().allValues("Set-Cookie"));
        assertThat(cookies).isNotEmpty().allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("SameSite="));
        assertThat(cookies).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("HttpOnly"));
    }

    @Test
    void everyAnswerHasAReferrerPolicyAndOurPagesAContentSecurityPolicy() {
        for (String path : List.of("/camunda/app/tasklist/default/", "/api/journeys", "/rapports", "/actuator/health",
                "/engine-rest/engine")) {
            assertThat(browser.get(path).headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
        }
        // Camunda's own CSP on the webapps' pages (with its script nonce), ours on our pages.
        assertThat(browser.get("/camunda/app/tasklist/default/").headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        HttpResponse<String> report = browser.get("/rapports", "responsable", "demo");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(report.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'none'").contains("frame-ancestors 'none'").doesNotContain("script-src"));
        assertThat(report.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void hstsOnlyForRequestsThatCameThroughTheTlsProxy() {
        HttpResponse<String> plain = browser.get("/api/journeys", "conseiller.beaune", "demo");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();

        HttpResponse<String> proxied = browser.send(browser.request("/api/journeys", "conseiller.beaune", "demo")
                .header("X-Forwarded-Proto", "https").GET());
        assertThat(proxied.statusCode()).isEqualTo(200);
        assertThat(proxied.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
        HttpResponse<String> tasklist = browser.send(browser.request("/camunda/app/tasklist/default/")
                .header("X-Forwarded-Proto", "https").GET());
        assertThat(tasklist.headers().firstValue("Strict-Transport-Security")).isPresent();
    }
}
