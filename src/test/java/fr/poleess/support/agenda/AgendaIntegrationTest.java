package fr.poleess.support.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.DefaultUriBuilderFactory;

import fr.poleess.support.PostgresIntegrationTest;
import fr.poleess.support.journey.JourneyApi;
import fr.poleess.support.journey.JourneyProcess.AgreementPreparationForm;
import fr.poleess.support.journey.JourneyProcess.AgreementSignatureForm;
import fr.poleess.support.journey.JourneyProcess.AppointmentForm;
import fr.poleess.support.journey.JourneyProcess.ReceptionForm;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * The advisor's day sheet (PDF read back with PDFBox) and private calendar feed, on PostgreSQL: each
 * advisor sees only their own appointments; a revoked feed answers 404 without any login.
 */
class AgendaIntegrationTest extends PostgresIntegrationTest {

    static final String BEAUNE = "conseiller.beaune";
    static final String CHATILLON = "conseiller.chatillon";
    static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
    final LocalDate day = today.plusDays(5);

    @BeforeEach
    void client() {
        rest.getRestTemplate().setUriTemplateHandler(new DefaultUriBuilderFactory("http://127.0.0.1:" + port));
    }

    @Test
    void theDaySheetListsTheDaysAppointmentsOfThatAdvisorOnly() throws Exception {
        String beauneName = "Feuille-" + suffix();
        String chatillonName = "Route-" + suffix();
        book(BEAUNE, beauneName, "Nolay", "14:30", "HOME_VISIT", "Relire le prévisionnel avec la banque.");
        book(CHATILLON, chatillonName, "Laignes", "14:30", "PHONE", "Appeler la CMA.");
        String otherDay = "Autrejour-" + suffix();
        bookOn(BEAUNE, otherDay, "Meursault", day.plusDays(1), "10:00", "ON_SITE", null);

        ResponseEntity<byte[]> sheet = rest.withBasicAuth(BEAUNE, JourneyApi.PASSWORD)
                .getForEntity("/api/advisors/me/day-sheet.pdf?date=" + day, byte[].class);

        assertThat(sheet.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(sheet.getHeaders().getContentType().toString()).startsWith("application/pdf");
        String text;
        try (PDDocument pdf = Loader.loadPDF(sheet.getBody())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            text = new PDFTextStripper().getText(pdf);
        }
        assertThat(text).contains("Feuille de route du").contains(frenchDay(day))
                .contains("14 h 30 — Élodie " + beauneName).contains("06 12 34 56 78").contains("à domicile")
                .contains("Domicile : 21340 Nolay").contains("Relire le prévisionnel avec la banque.");
        assertThat(text).doesNotContain(chatillonName).doesNotContain(otherDay);

        String chatillonText;
        try (PDDocument pdf = Loader.loadPDF(rest.withBasicAuth(CHATILLON, JourneyApi.PASSWORD)
                .getForEntity("/api/advisors/me/day-sheet.pdf?date=" + day, byte[].class).getBody())) {
            chatillonText = new PDFTextStripper().getText(pdf);
        }
        assertThat(chatillonText).contains(chatillonName).contains("Appeler le 06 12 34 56 78").doesNotContain(beauneName);
        assertThat(rest.getForEntity("/api/advisors/me/day-sheet.pdf?date=" + day, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theCalendarFeedShowsInitialsAndCommuneOnlyOfItsOwnAdvisorAndAnswers404OnceRevoked() throws Exception {
        String beauneName = "Flux-" + suffix();
        String chatillonName = "Autre-" + suffix();
        book(BEAUNE, beauneName, "Seurre", "09:00", "OUTREACH_DESK", "Apporter les devis.");
        book(CHATILLON, chatillonName, "Laignes", "11:00", "ON_SITE", null);

        ResponseEntity<Map<String, Object>> created = rest.withBasicAuth(BEAUNE, JourneyApi.PASSWORD)
                .exchange("/api/advisors/me/calendar-feed", HttpMethod.POST, null, MAP);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String url = (String) created.getBody().get("url");
        String path = url.substring(url.indexOf("/api/calendar/"));
        assertThat(path).matches("/api/calendar/[A-Za-z0-9_-]{40,}\\.ics");

        // No login: a calendar application cannot give one.
        ResponseEntity<String> feed = rest.getForEntity(path, String.class);
        assertThat(feed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(feed.getHeaders().getContentType().toString()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.getBody()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.getSummary().getValue()).isEqualTo("Rendez-vous É. " + beauneName.substring(0, 1) + ". (Seurre)");
            assertThat(e.getDateTimeStart().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Paris");
        });
        assertThat(feed.getBody()).doesNotContain(beauneName).doesNotContain("06 12 34 56 78")
                .doesNotContain("elodie@example.org").doesNotContain(chatillonName).doesNotContain("Laignes");

        assertThat(rest.withBasicAuth(BEAUNE, JourneyApi.PASSWORD).exchange("/api/advisors/me/calendar-feed",
                HttpMethod.DELETE, null, Void.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(rest.getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity("/api/calendar/not-a-token.ics", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        // Only an administrator creates another advisor's feed.
        assertThat(rest.withBasicAuth(CHATILLON, JourneyApi.PASSWORD).exchange("/api/advisors/" + BEAUNE
                + "/calendar-feed", HttpMethod.POST, null, MAP).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("admin", JourneyApi.PASSWORD).exchange("/api/advisors/" + BEAUNE
                + "/calendar-feed", HttpMethod.POST, null, MAP).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private void book(String advisor, String lastName, String commune, String time, String mode, String nextSteps) {
        bookOn(advisor, lastName, commune, day, time, mode, nextSteps);
    }

    /** Opens a journey, receives it, signs the agreement, records an appointment booking the next one on {@code on}. */
    private void bookOn(String advisor, String lastName, String commune, LocalDate on, String time, String mode,
            String nextSteps) {
        JourneyApi api = new JourneyApi(rest);
        String reference = (String) api.open(advisor, JourneyApi.participant(lastName, commune)).getBody().get("reference");
        api.complete(advisor, reference, Map.of(ReceptionForm.DATE, today.toString(), ReceptionForm.MODE, "ON_SITE",
                ReceptionForm.PROJECT_SUMMARY, "Épicerie itinérante.", ReceptionForm.PROJECT_SECTOR, "TRADE",
                ReceptionForm.DECISION, "AGREEMENT"));
        api.complete(advisor, reference, Map.of(AgreementPreparationForm.START_DATE, today.toString(),
                AgreementPreparationForm.DURATION_MONTHS, 12, AgreementPreparationForm.OBJECTIVES, "Ouvrir en juin."));
        api.complete(advisor, reference, Map.of(AgreementSignatureForm.SIGNED_ON, today.toString(),
                AgreementSignatureForm.CONFIRMED, true));
        Map<String, Object> form = new HashMap<>();
        form.put(AppointmentForm.DATE, today.toString());
        form.put(AppointmentForm.TIME, "10:00");
        form.put(AppointmentForm.DURATION_MINUTES, 60);
        form.put(AppointmentForm.MODE, "ON_SITE");
        form.put(AppointmentForm.DECISION, "CONTINUE");
        if (nextSteps != null) {
            form.put(AppointmentForm.NEXT_STEPS, nextSteps);
        }
        form.put(AppointmentForm.NEXT_APPOINTMENT_DATE, on.toString());
        form.put(AppointmentForm.NEXT_APPOINTMENT_TIME, time);
        form.put(AppointmentForm.NEXT_APPOINTMENT_MODE, mode);
        api.complete(advisor, reference, form);
    }

    private static String frenchDay(LocalDate date) {
        String text = java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.FRANCE).format(date);
        return date.getDayOfMonth() == 1 ? text.replaceFirst(" 1 ", " 1er ") : text;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
