package fr.poleess.support.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.poleess.support.HttpTestClient;
import fr.poleess.support.PostgresIntegrationTest;
import fr.poleess.support.journey.JourneyApi;

/**
 * « Mon agenda » as an advisor opens it from Tasklist, with the Tasklist session and no second login:
 * the address shown once answers with the calendar, revoking it makes it answer 404; every form needs
 * the page's CSRF token, a post from another site is refused, and only an administrator handles
 * someone else's address.
 */
class AgendaPageIntegrationTest extends PostgresIntegrationTest {

    static final String ADVISOR = "conseiller.dijon";
    static final String OTHER = "conseiller.chatillon";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern ADDRESS = Pattern.compile("<code class=\"url\">([^<]+)</code>");

    @LocalServerPort
    int port;

    @Test
    void nobodyLoggedInIsAskedToLogIn() {
        HttpTestClient anonymous = new HttpTestClient(port);
        assertThat(anonymous.get("/mon-agenda").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/mon-agenda/conseillers").statusCode()).isEqualTo(401);
    }

    @Test
    void anAdvisorCreatesTheirAddressFromTasklistSubscribesAndRevokesIt() {
        HttpTestClient browser = new HttpTestClient(port);
        assertThat(browser.webappLogin("tasklist", ADVISOR, JourneyApi.PASSWORD).statusCode()).isEqualTo(200);
        HttpResponse<String> page = browser.get("/mon-agenda");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Mon agenda</h1>").contains("Vous n'avez pas d'adresse d'agenda active.")
                .contains("Créer mon adresse d'agenda").contains("initiales et leur commune")
                .doesNotContain("/mon-agenda/conseillers");
        String token = find(CSRF, page.body());

        // No token, a wrong one, or the right one from another site: nothing is created.
        assertThat(post(browser, "/mon-agenda/adresse", null).statusCode()).isEqualTo(403);
        assertThat(post(browser, "/mon-agenda/adresse", "un-autre-jeton").statusCode()).isEqualTo(403);
        assertThat(browser.send(form("/mon-agenda/adresse", token, browser).setHeader("Sec-Fetch-Site", "cross-site"))
                .statusCode()).isEqualTo(403);
        assertThat(browser.get("/mon-agenda").body()).contains("Vous n'avez pas d'adresse d'agenda active.");
        // The Tasklist session still only reads the API: its writes need HTTP Basic.
        assertThat(browser.send(browser.request("/api/advisors/me/calendar-feed").POST(HttpRequest.BodyPublishers.noBody()))
                .statusCode()).isEqualTo(401);

        HttpResponse<String> created = post(browser, "/mon-agenda/adresse", token);
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(created.body()).contains("qu'une seule fois").contains("S'abonner à un calendrier Internet")
                .contains("Remplacer mon adresse").contains("Révoquer</button>");
        String address = find(ADDRESS, created.body());
        assertThat(address).startsWith("http://127.0.0.1:" + port + "/api/calendar/").endsWith(".ics");
        String feedPath = URI.create(address).getPath();

        HttpTestClient calendarApplication = new HttpTestClient(port);
        HttpResponse<String> feed = calendarApplication.get(feedPath);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/calendar"));
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR");

        // Shown once: the page says since when, never the address again.
        HttpResponse<String> again = browser.get("/mon-agenda");
        assertThat(again.body()).contains("Vous avez une adresse d'agenda active depuis le").doesNotContain(feedPath);

        HttpResponse<String> revoked = post(browser, "/mon-agenda/revocation", token);
        assertThat(revoked.statusCode()).isEqualTo(303);
        assertThat(revoked.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/mon-agenda?fait=revocation"));
        assertThat(calendarApplication.get(feedPath).statusCode()).isEqualTo(404);
        assertThat(browser.get("/mon-agenda?fait=revocation").body()).contains("Votre adresse d&#39;agenda est révoquée")
                .contains("Vous n'avez pas d'adresse d'agenda active.");
    }

    @Test
    void onlyAnAdministratorRevokesOrCreatesAnotherAdvisorsAddress() {
        HttpTestClient other = new HttpTestClient(port);
        assertThat(other.webappLogin("tasklist", OTHER, JourneyApi.PASSWORD).statusCode()).isEqualTo(200);
        String othersToken = find(CSRF, other.get("/mon-agenda").body());
        String othersAddress = find(ADDRESS, post(other, "/mon-agenda/adresse", othersToken).body());
        String feedPath = URI.create(othersAddress).getPath();

        HttpTestClient advisor = new HttpTestClient(port);
        assertThat(advisor.webappLogin("tasklist", ADVISOR, JourneyApi.PASSWORD).statusCode()).isEqualTo(200);
        String advisorsToken = find(CSRF, advisor.get("/mon-agenda").body());
        assertThat(advisor.get("/mon-agenda/conseillers").statusCode()).isEqualTo(403);
        assertThat(advisor.send(form("/mon-agenda/conseillers/revocation", advisorsToken, advisor)
                .POST(body(advisorsToken, OTHER))).statusCode()).isEqualTo(403);
        assertThat(advisor.send(form("/mon-agenda/conseillers/adresse", advisorsToken, advisor)
                .POST(body(advisorsToken, OTHER))).statusCode()).isEqualTo(403);
        assertThat(new HttpTestClient(port).get(feedPath).statusCode()).isEqualTo(200);

        HttpTestClient admin = new HttpTestClient(port);
        assertThat(admin.webappLogin("tasklist", "admin", JourneyApi.PASSWORD).statusCode()).isEqualTo(200);
        HttpResponse<String> list = admin.get("/mon-agenda/conseillers");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("<input type=\"hidden\" name=\"conseiller\" value=\"" + OTHER + "\">");
        String adminsToken = find(CSRF, list.body());
        HttpResponse<String> revoked = admin.send(form("/mon-agenda/conseillers/revocation", adminsToken, admin)
                .POST(body(adminsToken, OTHER)));
        assertThat(revoked.statusCode()).isEqualTo(303);
        assertThat(new HttpTestClient(port).get(feedPath).statusCode()).isEqualTo(404);
        assertThat(admin.get("/mon-agenda/conseillers?fait=revocation&conseiller=" + OTHER).body())
                .contains("est révoquée")
                .doesNotContain("<input type=\"hidden\" name=\"conseiller\" value=\"" + OTHER + "\">");

        HttpResponse<String> handedOver = admin.send(form("/mon-agenda/conseillers/adresse", adminsToken, admin)
                .POST(body(adminsToken, OTHER)));
        assertThat(handedOver.statusCode()).isEqualTo(200);
        String newPath = URI.create(find(ADDRESS, handedOver.body())).getPath();
        assertThat(new HttpTestClient(port).get(newPath).statusCode()).isEqualTo(200);
        assertThat(other.get("/mon-agenda").body()).contains("Vous avez une adresse d'agenda active depuis le")
                .contains("(créée par ");
        assertThat(post(other, "/mon-agenda/revocation", othersToken).statusCode()).isEqualTo(303);
        assertThat(new HttpTestClient(port).get(newPath).statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> post(HttpTestClient browser, String path, String token) {
        return browser.send(form(path, token, browser));
    }

    /** A form post as the browser sends it from the page itself. */
    private static HttpRequest.Builder form(String path, String token, HttpTestClient browser) {
        return browser.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString(
                        token == null ? "" : "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
    }

    private static HttpRequest.BodyPublisher body(String token, String advisor) {
        return HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                + "&conseiller=" + URLEncoder.encode(advisor, StandardCharsets.UTF_8));
    }

    private static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1);
    }
}
