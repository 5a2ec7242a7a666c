package fr.poleess.support.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.DefaultUriBuilderFactory;

import fr.poleess.support.HttpTestClient;
import fr.poleess.support.PostgresIntegrationTest;
import fr.poleess.support.agreement.Agreements;
import fr.poleess.support.agreement.AmendAgreement;
import fr.poleess.support.journey.JourneyApi;
import fr.poleess.support.journey.JourneyProcess.AgreementPreparationForm;
import fr.poleess.support.journey.JourneyProcess.AgreementSignatureForm;
import fr.poleess.support.journey.JourneyProcess.AppointmentForm;
import fr.poleess.support.journey.JourneyProcess.FinalReviewForm;
import fr.poleess.support.journey.JourneyProcess.ReceptionForm;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.partner.PartnerKind;
import fr.poleess.support.referral.ReferralStatus;

/**
 * The documents of one journey on PostgreSQL: the agreement's PDF when it is prepared, frozen once
 * signed, an amendment's own PDF, the end-of-journey summary at closure; read back with PDFBox;
 * listed in the timeline; hidden from another territory's advisor.
 */
class DocumentsIntegrationTest extends PostgresIntegrationTest {

    static final String BEAUNE = "conseiller.beaune";
    static final String CHATILLON = "conseiller.chatillon";
    static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);
    static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    Journeys journeys;
    @Autowired
    Agreements agreements;
    @Autowired
    JdbcTemplate jdbc;

    JourneyApi api;
    final LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));

    @BeforeEach
    void client() {
        rest.getRestTemplate().setUriTemplateHandler(new DefaultUriBuilderFactory("http://127.0.0.1:" + port));
        api = new JourneyApi(rest);
    }

    @Test
    void theAgreementIsAPdfFromItsPreparationFrozenAtSignatureAndTheSummaryFollowsTheClosure() throws IOException {
        String lastName = "Quéméner-" + UUID.randomUUID().toString().substring(0, 5);
        String reference = (String) api.open(BEAUNE, JourneyApi.participant(lastName, "meursault")).getBody()
                .get("reference");
        api.complete(BEAUNE, reference, Map.of(ReceptionForm.DATE, today.toString(), ReceptionForm.MODE, "ON_SITE",
                ReceptionForm.PROJECT_SUMMARY, "Brûlerie de café itinérante.", ReceptionForm.PROJECT_SECTOR, "TRADE",
                ReceptionForm.DECISION, "AGREEMENT"));
        assertThat(get(BEAUNE, reference, "/agreement.pdf").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        api.complete(BEAUNE, reference, Map.of(AgreementPreparationForm.START_DATE, today.toString(),
                AgreementPreparationForm.DURATION_MONTHS, 9,
                AgreementPreparationForm.OBJECTIVES, "Étudier le marché des cafés-épiceries et trouver un torréfacteur.",
                AgreementPreparationForm.PLANNED_ACTIVITIES, List.of("THEMATIC_WORKSHOPS", "BREAKFAST")));

        // The signature task links to the PDF through the journey's reference.
        List<Map<String, Object>> tasks = api.tasks(BEAUNE, reference);
        ResponseEntity<Map<String, Object>> variables = rest.withBasicAuth(BEAUNE, JourneyApi.PASSWORD).exchange(
                "/engine-rest/task/" + tasks.get(0).get("id") + "/form-variables", HttpMethod.GET, null,
                new ParameterizedTypeReference<Map<String, Object>>() {
                });
        assertThat(variables.getBody()).containsKey("journeyReference");
        @SuppressWarnings("unchecked")
        Map<String, Object> referenceVariable = (Map<String, Object>) variables.getBody().get("journeyReference");
        assertThat(referenceVariable.get("value")).isEqualTo(reference);

        ResponseEntity<byte[]> prepared = get(BEAUNE, reference, "/agreement.pdf");
        assertThat(prepared.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(prepared.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PDF)).isTrue();
        String text = text(prepared.getBody());
        assertThat(text).contains("Contrat d'accompagnement", "Élodie " + lastName, "Beaune et sa région",
                "Début : " + french(today), "Fin prévue : " + french(today.plusMonths(9)), "Durée : 9 mois",
                "Étudier le marché des cafés-épiceries", "Ateliers thématiques", "Petits déj'",
                "Engagements de la structure", "Engagements du porteur de projet", "Le porteur de projet",
                "Pour la structure, le conseiller·ère référent·e");
        assertThat(get(CHATILLON, reference, "/agreement.pdf").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(CHATILLON, reference, "/documents").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        // The link in the Tasklist form: the browser's Tasklist session is enough to read, never to write.
        HttpTestClient browser = new HttpTestClient(port);
        assertThat(browser.get("/api/journeys/" + reference + "/agreement.pdf").statusCode()).isEqualTo(401);
        assertThat(browser.webappLogin("tasklist", BEAUNE, JourneyApi.PASSWORD).statusCode()).isEqualTo(200);
        HttpResponse<String> fromTasklist = browser.get("/api/journeys/" + reference + "/agreement.pdf");
        assertThat(fromTasklist.statusCode()).isEqualTo(200);
        assertThat(fromTasklist.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(browser.send(browser.request("/api/journeys/" + reference + "/documents/agreement")
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(401);
        HttpTestClient otherBrowser = new HttpTestClient(port);
        otherBrowser.webappLogin("tasklist", CHATILLON, JourneyApi.PASSWORD);
        assertThat(otherBrowser.get("/api/journeys/" + reference + "/agreement.pdf").statusCode()).isEqualTo(404);

        // Before signature, generating again on purpose makes version 2; the first stays stored.
        ResponseEntity<Map<String, Object>> regenerated = post(BEAUNE, reference, "/documents/agreement");
        assertThat(regenerated.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(regenerated.getBody()).containsEntry("version", 2);

        api.complete(BEAUNE, reference, Map.of(AgreementSignatureForm.SIGNED_ON, today.toString(),
                AgreementSignatureForm.CONFIRMED, true));
        byte[] signed = get(BEAUNE, reference, "/agreement.pdf").getBody();
        ResponseEntity<Map<String, Object>> refused = post(BEAUNE, reference, "/documents/agreement");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(String.valueOf(refused.getBody().get("detail"))).contains("signé");
        assertThat(get(BEAUNE, reference, "/agreement.pdf").getBody()).isEqualTo(signed);

        Long journeyId = journeys.findByReference(reference).orElseThrow().getId();
        agreements.amend(journeyId, new AmendAgreement(3, "Le local commercial se libère plus tard que prévu."),
                List.of(), BEAUNE);

        // What the workshop and referral modules would have recorded on the way.
        long partner = jdbc.queryForObject("""
                insert into partner (name, partner_type, kind, contact_function, active, version)
                values ('Chambre de métiers de Côte-d''Or', 'PROFESSIONAL_RESOURCE', 'CMA', 'Accueil création', true, 0)
                returning id""", Long.class);
        jdbc.update("""
                insert into referral (journey_id, partner_id, partner_kind, recommended, contact_shared, status,
                    proposed_on, proposed_by, meeting_on, version)
                values (?, ?, 'CMA', true, true, 'MEETING_HELD', ?, ?, ?, 0)""", journeyId, partner, today, BEAUNE, today);
        long bank = jdbc.queryForObject("""
                insert into partner (name, partner_type, kind, contact_function, active, version)
                values ('Banque de la Côte', 'PROFESSIONAL_RESOURCE', 'BANK', 'Conseiller professionnels', true, 0)
                returning id""", Long.class);
        jdbc.update("""
                insert into referral (journey_id, partner_id, partner_kind, recommended, contact_shared, status,
                    proposed_on, proposed_by, version)
                values (?, ?, 'BANK', true, true, 'SENT', ?, ?, 0)""", journeyId, bank, today, BEAUNE);
        long session = jdbc.queryForObject("""
                insert into collective_session (kind, title, territory_code, place_kind, capacity, status, created_by,
                    created_at, version)
                values ('THEMATIC_WORKSHOP', 'Étude de marché', 'BEA', 'OFFICE', 10, 'CLOSED', ?, now(), 0)
                returning id""", Long.class, BEAUNE);
        long slot = jdbc.queryForObject("""
                insert into collective_session_slot (session_id, starts_at, duration_minutes) values (?, ?, 180)
                returning id""", Long.class, session, java.sql.Timestamp.valueOf(today.atTime(9, 0)));
        long registration = jdbc.queryForObject("""
                insert into collective_registration (session_id, journey_id, status, registered_at, registered_by)
                values (?, ?, 'REGISTERED', now(), ?) returning id""", Long.class, session, journeyId, BEAUNE);
        jdbc.update("""
                insert into collective_attendance (registration_id, slot_id, status, recorded_at, recorded_by)
                values (?, ?, 'PRESENT', now(), ?)""", registration, slot, BEAUNE);

        api.complete(BEAUNE, reference, Map.of(AppointmentForm.DATE, today.toString(), AppointmentForm.TIME, "10:00",
                AppointmentForm.DURATION_MINUTES, 60, AppointmentForm.MODE, "HOME_VISIT",
                AppointmentForm.STEPS_DONE, "Visite du local.", AppointmentForm.DECISION, "CLOSE"));
        assertThat(get(BEAUNE, reference, "/summary.pdf").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        api.complete(BEAUNE, reference, Map.of(FinalReviewForm.OUTCOME, "ACTIVITY_CREATED",
                FinalReviewForm.OUTCOME_DATE, today.toString(), FinalReviewForm.PATH_SUMMARY,
                "Brûlerie ouverte sur les marchés de la côte.", FinalReviewForm.LEGAL_FORM, "MICRO_ENTREPRISE",
                FinalReviewForm.ACTIVITY_CREATED_ON, today.toString(), FinalReviewForm.JOBS_CREATED, 1));

        List<Map<String, Object>> documents = rest.withBasicAuth(BEAUNE, JourneyApi.PASSWORD)
                .exchange("/api/journeys/" + reference + "/documents", HttpMethod.GET, null, LIST).getBody();
        assertThat(documents).extracting(d -> d.get("kind") + "/" + d.get("version"))
                .containsExactly("AGREEMENT/1", "AGREEMENT/2", "AMENDMENT/1", "JOURNEY_SUMMARY/1");
        assertThat(documents).allSatisfy(d -> assertThat((String) d.get("sha256")).hasSize(64));
        String amendmentPath = (String) documents.get(2).get("download");
        String amendment = text(rest.withBasicAuth(BEAUNE, JourneyApi.PASSWORD).getForEntity(amendmentPath, byte[].class)
                .getBody());
        assertThat(amendment).contains("Avenant n° 1 au contrat d'accompagnement", "Prolongation : 3 mois",
                "Nouvelle fin prévue : " + french(today.plusMonths(12)), "Durée totale : 12 mois",
                "Le local commercial se libère plus tard que prévu.");

        String summary = text(get(BEAUNE, reference, "/summary.pdf").getBody());
        assertThat(summary).contains("Bilan de fin de parcours", "Élodie " + lastName, "1 rendez-vous", "1 à domicile",
                "Activité créée, le " + french(today), "Emplois créés : 1", "Qui contacter ensuite",
                "Atelier thématique « Étude de marché », le " + french(today),
                "Chambre de métiers de Côte-d'Or (Chambre de métiers et de l'artisanat) : mise en lien le",
                "— rendez-vous tenu",
                // Still open when the journey closed: cancelled by the closure before the summary is written.
                "Banque de la Côte (" + PartnerKind.BANK.label() + ") : mise en lien le "
                        + french(today) + " — " + ReferralStatus.CANCELLED.label(),
                "6, 12 et 36 mois");

        Map<String, Object> detail = api.get(BEAUNE, reference).getBody();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> timeline = (List<Map<String, Object>>) detail.get("timeline");
        assertThat(timeline).filteredOn(e -> "DOCUMENT".equals(e.get("kind"))).hasSize(4)
                .anySatisfy(e -> assertThat((String) e.get("label")).contains("Bilan de fin de parcours"));
        assertThat(detail).containsKey("documents");

        // Stored bytes are what was handed out: their checksum says so.
        assertThat(jdbc.queryForObject("select count(*) from generated_document where journey_id = ?"
                + " and length(content) = size_bytes", Integer.class, journeyId)).isEqualTo(4);
    }

    private ResponseEntity<byte[]> get(String user, String reference, String path) {
        return rest.withBasicAuth(user, JourneyApi.PASSWORD).getForEntity("/api/journeys/" + reference + path,
                byte[].class);
    }

    private ResponseEntity<Map<String, Object>> post(String user, String reference, String path) {
        return rest.withBasicAuth(user, JourneyApi.PASSWORD).exchange("/api/journeys/" + reference + path,
                HttpMethod.POST, null, new ParameterizedTypeReference<Map<String, Object>>() {
                });
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static String french(LocalDate date) {
        String text = FRENCH.format(date);
        return date.getDayOfMonth() == 1 ? "1er" + text.substring(1) : text;
    }
}
