package fr.poleess.support.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.DefaultUriBuilderFactory;

import fr.poleess.support.PostgresIntegrationTest;
import fr.poleess.support.journey.JourneyApi;
import fr.poleess.support.journey.JourneyProcess.AgreementPreparationForm;
import fr.poleess.support.journey.JourneyProcess.AgreementSignatureForm;
import fr.poleess.support.journey.JourneyProcess.AppointmentForm;
import fr.poleess.support.journey.JourneyProcess.FinalReviewForm;
import fr.poleess.support.journey.JourneyProcess.ReceptionForm;
import fr.poleess.support.referral.ReferralProcess;

/**
 * A person's rights on PostgreSQL, on a journey walked through its real tasks: the export holds every
 * section (JSON and a French PDF), only for the journey's territory and managers, and is logged; a
 * consent withdrawn stops what needed it; the erasure leaves none of the person's identity, contacts
 * or free texts in any table of the database (ours and the engine's, byte columns included), keeps the
 * yearly report's figures, the signed agreement in the restricted archive, and no timer or message.
 */
class PrivacyIntegrationTest extends PostgresIntegrationTest {

    static final String BEAUNE = "conseiller.beaune";
    static final String CHATILLON = "conseiller.chatillon";
    static final String MANAGER = "responsable";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };
    static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;

    final LocalDate today = LocalDate.now(PARIS);
    final String suffix = UUID.randomUUID().toString().substring(0, 6);
    JourneyApi api;

    /** What identifies the person of {@link #walkedJourney}: each must be gone after the erasure. */
    final Map<String, String> secrets = new LinkedHashMap<>();

    @BeforeEach
    void client() {
        rest.getRestTemplate().setUriTemplateHandler(new DefaultUriBuilderFactory("http://127.0.0.1:" + port));
        api = new JourneyApi(rest);
        Random random = new Random();
        secrets.put("lastName", "Kerjean" + suffix);
        secrets.put("email", "kerjean." + suffix + "@example.org");
        secrets.put("phone", "07 %02d %02d %02d %02d".formatted(random.nextInt(100), random.nextInt(100),
                random.nextInt(100), random.nextInt(100)));
        secrets.put("address", "Lieu-dit Combe" + suffix);
        for (String text : List.of("projet", "besoins", "objectifs", "demarches", "notes", "suite", "lieu", "bilan",
                "aide", "commentaire", "motif")) {
            secrets.put(text, text + "Zq" + suffix);
        }
    }

    @Test
    void theExportHoldsEverySectionOnlyForTheTerritoryAndManagersAndIsLogged() throws IOException {
        String reference = walkedJourney();

        ResponseEntity<Map<String, Object>> export = rest.withBasicAuth(BEAUNE, JourneyApi.PASSWORD)
                .exchange("/api/journeys/" + reference + "/personal-data", HttpMethod.GET, null, MAP);
        assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> body = export.getBody();
        assertThat(map(body, "identity")).containsEntry("lastName", secrets.get("lastName"));
        assertThat(map(body, "contacts")).containsEntry("email", secrets.get("email"))
                .containsEntry("phone", secrets.get("phone")).containsEntry("addressLine", secrets.get("address"));
        @SuppressWarnings("unchecked")
        Map<String, Object> journey = ((List<Map<String, Object>>) body.get("journeys")).get(0);
        assertThat(journey).containsEntry("reference", reference);
        for (String section : List.of("reception", "agreement", "amendments", "appointments", "projectProfile",
                "collectiveSessions", "referrals", "followUps", "outcome", "messages", "documents", "consents")) {
            assertThat(journey.get(section)).as(section).isNotNull();
            if (journey.get(section) instanceof List<?> list) {
                assertThat(list).as(section).isNotEmpty();
            }
        }
        assertThat(map(journey, "reception")).containsEntry("projectSummary", "Torréfaction " + secrets.get("projet"));
        assertThat(list(journey, "appointments")).anySatisfy(a -> assertThat(a).containsEntry("notes", secrets.get("notes")));
        assertThat(list(journey, "referrals")).anySatisfy(r -> assertThat(r)
                .containsEntry("partner", "Chambre des métiers " + suffix).containsEntry("contactShared", true));
        assertThat(list(journey, "messages")).anySatisfy(m -> assertThat(m).containsEntry("kind", "REFERRAL_INTRODUCTION")
                .containsEntry("recipient", "cma." + suffix + "@example.org"));
        assertThat(list(journey, "consents")).extracting(c -> c.get("purpose"))
                .contains("DATA_PROCESSING", "REFERRER_FEEDBACK", "PARTNER_SHARING");
        assertThat(list(journey, "consents")).allSatisfy(c -> assertThat(c.get("wordingVersion")).isNotNull());
        assertThat(list(journey, "documents")).extracting(d -> d.get("kind")).contains("AGREEMENT", "JOURNEY_SUMMARY");

        ResponseEntity<byte[]> pdf = rest.withBasicAuth(MANAGER, JourneyApi.PASSWORD)
                .getForEntity("/api/journeys/" + reference + "/personal-data?format=pdf", byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType().toString()).startsWith("application/pdf");
        String text = text(pdf.getBody());
        assertThat(text).contains("Vos données personnelles", "Parcours " + reference, secrets.get("lastName"),
                secrets.get("email"), "Accueil", secrets.get("projet"), "Rendez-vous individuels", secrets.get("notes"),
                "Mises en lien", "Chambre des métiers " + suffix, "Coordonnées transmises au partenaire : oui",
                "Messages envoyés", "Documents", "Consentements", "Version du texte présenté", "Temps collectifs",
                "Suivis post-création", "Fin de parcours", "Situation : demandeur·se d'emploi", "Modalité : à domicile",
                "Nature : activité créée");

        assertThat(rest.withBasicAuth(CHATILLON, JourneyApi.PASSWORD)
                .getForEntity("/api/journeys/" + reference + "/personal-data", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity("/api/journeys/" + reference + "/personal-data", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        // The access log: managers only; both exports, the detail read, the task completions; nothing personal.
        assertThat(rest.withBasicAuth(BEAUNE, JourneyApi.PASSWORD)
                .getForEntity("/api/journeys/" + reference + "/access-log", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        api.get(BEAUNE, reference);
        ResponseEntity<String> logText = rest.withBasicAuth(MANAGER, JourneyApi.PASSWORD)
                .getForEntity("/api/journeys/" + reference + "/access-log", String.class);
        assertThat(logText.getBody()).doesNotContain(secrets.get("lastName")).doesNotContain(secrets.get("email"));
        List<Map<String, Object>> log = rest.withBasicAuth(MANAGER, JourneyApi.PASSWORD)
                .exchange("/api/journeys/" + reference + "/access-log", HttpMethod.GET, null, LIST).getBody();
        assertThat(log).filteredOn(e -> "EXPORT".equals(e.get("action")))
                .extracting(e -> e.get("actor") + "/" + e.get("detail"))
                .containsExactly(BEAUNE + "/JSON", MANAGER + "/PDF");
        assertThat(log).anySatisfy(e -> assertThat(e).containsEntry("action", "READ_DETAIL").containsEntry("actor", BEAUNE));
        assertThat(log).anySatisfy(e -> assertThat(e).containsEntry("action", "TASK_COMPLETED")
                .containsEntry("detail", "Task_HoldReception"));
        assertThat(log).anySatisfy(e -> assertThat(e).containsEntry("action", "CHANGE")
                .containsEntry("detail", "ouverture du parcours"));
        assertThat(log).anySatisfy(e -> assertThat(e).containsEntry("action", "READ_ACCESS_LOG"));
    }

    @Test
    void aWithdrawnConsentStopsTheReferrersNewsAndThePartnersDetailsFromThatMoment() {
        Long referrer = partner("Prescripteur " + suffix, "REFERRING_PARTNER", "EMPLOYMENT_SERVICE",
                "prescripteur." + suffix + "@example.org");
        String reference = open(referrer);
        List<Map<String, Object>> consents = rest.withBasicAuth(BEAUNE, JourneyApi.PASSWORD)
                .exchange("/api/journeys/" + reference + "/consents", HttpMethod.GET, null, LIST).getBody();
        assertThat(consents).extracting(c -> c.get("purpose") + "/" + c.get("recordedBy") + "/" + c.get("wordingVersion"))
                .containsExactly("DATA_PROCESSING/" + BEAUNE + "/" + ConsentPurpose.DATA_PROCESSING.wordingVersion(),
                        "REFERRER_FEEDBACK/" + BEAUNE + "/" + ConsentPurpose.REFERRER_FEEDBACK.wordingVersion());

        assertThat(rest.withBasicAuth(CHATILLON, JourneyApi.PASSWORD).exchange("/api/journeys/" + reference
                + "/consents/REFERRER_FEEDBACK/withdrawal", HttpMethod.POST, null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.withBasicAuth(BEAUNE, JourneyApi.PASSWORD).exchange("/api/journeys/" + reference
                + "/consents/DATA_PROCESSING/withdrawal", HttpMethod.POST, null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<Map<String, Object>> withdrawn = rest.withBasicAuth(BEAUNE, JourneyApi.PASSWORD).exchange(
                "/api/journeys/" + reference + "/consents/REFERRER_FEEDBACK/withdrawal", HttpMethod.POST, null, MAP);
        assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(withdrawn.getBody()).containsEntry("consentsWithdrawn", 1);

        receive(reference);
        assertThat(jdbc.queryForObject("select count(*) from outbox_message o join journey j on j.id = o.journey_id"
                + " where j.reference = ? and o.kind = 'REFERRER_FEEDBACK'", Integer.class, reference))
                .as("no news to the referrer after the withdrawal").isZero();
        // Contact details for a partner agreed at an appointment, withdrawn before the referral goes out.
        Long bank = partner("Banque " + suffix, "PROFESSIONAL_RESOURCE", "BANK", "banque." + suffix + "@example.org");
        api.complete(BEAUNE, reference, Map.of(AgreementPreparationForm.START_DATE, today.toString(),
                AgreementPreparationForm.DURATION_MONTHS, 6, AgreementPreparationForm.OBJECTIVES, "Ouvrir l'épicerie."));
        api.complete(BEAUNE, reference, Map.of(AgreementSignatureForm.SIGNED_ON, today.toString(),
                AgreementSignatureForm.CONFIRMED, true));
        Map<String, Object> appointment = new HashMap<>();
        appointment.put(AppointmentForm.DATE, today.toString());
        appointment.put(AppointmentForm.TIME, "10:00");
        appointment.put(AppointmentForm.DURATION_MINUTES, 45);
        appointment.put(AppointmentForm.MODE, "ON_SITE");
        appointment.put(AppointmentForm.DECISION, "CONTINUE");
        appointment.put(AppointmentForm.FINANCING_NEED, "SMALL");
        appointment.put(AppointmentForm.PARTNERS, List.of(bank.toString()));
        appointment.put(AppointmentForm.CONTACT_SHARED, List.of(bank.toString()));
        api.complete(BEAUNE, reference, appointment);
        ResponseEntity<Map<String, Object>> noSharing = rest.withBasicAuth(BEAUNE, JourneyApi.PASSWORD).exchange(
                "/api/journeys/" + reference + "/consents/PARTNER_SHARING/withdrawal", HttpMethod.POST,
                new HttpEntity<>(Map.of("partnerId", bank)), MAP);
        assertThat(noSharing.getBody()).containsEntry("consentsWithdrawn", 1);
        String referralInstance = jdbc.queryForObject("select r.process_instance_id from referral r join journey j"
                + " on j.id = r.journey_id where j.reference = ?", String.class, reference);
        managementService.executeJob(managementService.createJobQuery().processInstanceId(referralInstance)
                .activityId(ReferralProcess.Elements.SEND_REFERRAL).singleResult().getId());
        assertThat(jdbc.queryForList("select o.kind from outbox_message o join journey j on j.id = o.journey_id"
                + " where j.reference = ?", String.class, reference))
                .as("the participant gets the partner's details, the partner gets nothing")
                .contains("REFERRAL_TO_PARTICIPANT").doesNotContain("REFERRAL_INTRODUCTION");

        List<Map<String, Object>> after = rest.withBasicAuth(BEAUNE, JourneyApi.PASSWORD)
                .exchange("/api/journeys/" + reference + "/consents", HttpMethod.GET, null, LIST).getBody();
        assertThat(after).filteredOn(c -> "REFERRER_FEEDBACK".equals(c.get("purpose")) || "PARTNER_SHARING".equals(c.get("purpose")))
                .hasSize(2).allSatisfy(c -> assertThat(c).containsEntry("withdrawnBy", BEAUNE).containsKey("withdrawnAt"));
    }

    @Test
    void afterTheErasureNoTableHoldsThePersonTheReportIsUnchangedAndNothingIsLeftToRun() {
        String reference = walkedJourney();
        List<String> instances = new ArrayList<>();
        historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).list()
                .forEach(p -> instances.add(p.getId()));
        assertThat(instances).hasSizeGreaterThan(2);
        List<String> before = found();
        // Our tables, and the engine's: a comment typed on a task, as older data holds them.
        assertThat(before).as("the person is in the database before").contains("participant.last_name: lastName",
                "outbox_message.body: email", "act_hi_comment.message_: lastName");
        // Older data copied the person elsewhere: a note on another person's journey, and a comment on its task.
        String neighbour = openOther("Voisin" + suffix);
        String neighbourInstance = jdbc.queryForObject("select process_instance_id from journey where reference = ?",
                String.class, neighbour);
        runtimeService.setVariable(neighbourInstance, "ancienneNote", "Venu avec " + secrets.get("lastName") + ", "
                + secrets.get("email"));
        taskService.createComment(taskService.createTaskQuery().processInstanceId(neighbourInstance).singleResult().getId(),
                neighbourInstance, "Même covoiturage que " + secrets.get("lastName"));
        runtimeService.setVariable(neighbourInstance, "anciennesOptions", SpinValues.jsonValue("[{\"label\": \"Élodie "
                + secrets.get("lastName") + "\", \"value\": \"1\"}, {\"label\": \"Voisin" + suffix
                + "\", \"value\": \"2\"}]").create());
        String period = "/api/reports/activity?from=" + today.withDayOfYear(1) + "&to=" + today.withMonth(12).withDayOfMonth(31);
        Object reportBefore = rest.withBasicAuth(MANAGER, JourneyApi.PASSWORD)
                .exchange(period, HttpMethod.GET, null, MAP).getBody().get("tables");

        HttpEntity<Map<String, String>> reason = new HttpEntity<>(Map.of("reason", "Demande de la personne par courrier"));
        assertThat(rest.withBasicAuth(BEAUNE, JourneyApi.PASSWORD).exchange("/api/journeys/" + reference + "/erasure",
                HttpMethod.POST, reason, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth(MANAGER, JourneyApi.PASSWORD).exchange("/api/journeys/" + reference + "/erasure",
                HttpMethod.POST, new HttpEntity<>(Map.of("reason", " ")), String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<Map<String, Object>> erased = rest.withBasicAuth(MANAGER, JourneyApi.PASSWORD)
                .exchange("/api/journeys/" + reference + "/erasure", HttpMethod.POST, reason, MAP);
        assertThat(erased.getStatusCode()).as(String.valueOf(erased.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(erased.getBody()).containsEntry("references", List.of(reference)).containsEntry("trigger", "REQUEST");
        assertThat(map(erased.getBody(), "erased")).isNotEmpty();
        assertThat(list(erased.getBody(), "kept")).singleElement().satisfies(k -> assertThat(k)
                .containsEntry("until", LocalDate.of(today.getYear() + 5, 12, 31).toString())
                .containsEntry("what", "Contrat d'accompagnement signé (PDF)"));

        // Nothing of the person anywhere, but in the restricted archive of the signed agreement.
        assertThat(found()).as("tables and columns still holding the person").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from legal_hold where reference = ? and keep_until = ?",
                Integer.class, reference, LocalDate.of(today.getYear() + 5, 12, 31))).isOne();

        // The report for the period gives the same figures.
        Object reportAfter = rest.withBasicAuth(MANAGER, JourneyApi.PASSWORD)
                .exchange(period, HttpMethod.GET, null, MAP).getBody().get("tables");
        assertThat(reportAfter).isEqualTo(reportBefore);

        // Nothing left to run: no instance, task, timer or job; no message waiting.
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isZero();
        for (String instance : instances) {
            assertThat(managementService.createJobQuery().processInstanceId(instance).count()).isZero();
            assertThat(taskService.createTaskQuery().processInstanceId(instance).count()).isZero();
        }
        assertThat(jdbc.queryForList("select o.status from outbox_message o join journey j on j.id = o.journey_id"
                + " where j.reference = ?", String.class, reference)).isNotEmpty().doesNotContain("PENDING");

        // Said once, logged without the data, and not twice.
        assertThat(rest.withBasicAuth(MANAGER, JourneyApi.PASSWORD).exchange("/api/journeys/" + reference + "/erasure",
                HttpMethod.POST, reason, String.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        List<Map<String, Object>> log = rest.withBasicAuth(MANAGER, JourneyApi.PASSWORD)
                .exchange("/api/journeys/" + reference + "/access-log", HttpMethod.GET, null, LIST).getBody();
        assertThat(log).filteredOn(e -> "ERASURE".equals(e.get("action"))).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("actor", MANAGER));
        assertThat(jdbc.queryForObject("select reason from erasure_record where reference = ?", String.class, reference))
                .isEqualTo("Demande de la personne par courrier");
        Map<String, Object> detail = api.get(BEAUNE, reference).getBody();
        assertThat(detail.toString()).doesNotContain(secrets.get("lastName")).contains("Anonyme");
        // The other person's journey goes on, without the note about this one.
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(neighbour).count()).isOne();
        assertThat(runtimeService.getVariable(neighbourInstance, "ancienneNote")).isNull();
        // A structure a form relies on keeps working for the others, the person in it made anonymous.
        assertThat(runtimeService.getVariableTyped(neighbourInstance, "anciennesOptions").getValue().toString())
                .contains("Élodie Anonyme", "Voisin" + suffix).doesNotContain(secrets.get("lastName"));
        assertThat(jdbc.queryForObject("select p.last_name from participant p join journey j on j.participant_id = p.id"
                + " where j.reference = ?", String.class, neighbour)).isEqualTo("Voisin" + suffix);
    }

    // ------------------------------------------------------------------------------------ the walk

    /**
     * A journey with every section, through its real tasks: reception, agreement prepared and signed,
     * an appointment deciding a referral with contact shared (sent by its job) and booking the next
     * one (a reminder timer), a second appointment closing, the final review (activity created: a
     * follow-up timer); a collective session, a follow-up and a comment added as older data would have.
     */
    private String walkedJourney() {
        Long referrer = partner("Prescripteur " + suffix, "REFERRING_PARTNER", "EMPLOYMENT_SERVICE",
                "prescripteur." + suffix + "@example.org");
        Long cma = partner("Chambre des métiers " + suffix, "PROFESSIONAL_RESOURCE", "CMA", "cma." + suffix + "@example.org");
        String reference = open(referrer);
        long journeyId = jdbc.queryForObject("select id from journey where reference = ?", Long.class, reference);

        String taskId = (String) api.tasks(BEAUNE, reference).get(0).get("id");
        taskService.createComment(taskId, null, "Rappelé " + secrets.get("lastName") + " au " + secrets.get("phone"));
        Map<String, Object> reception = new HashMap<>();
        reception.put(ReceptionForm.DATE, today.toString());
        reception.put(ReceptionForm.MODE, "ON_SITE");
        reception.put(ReceptionForm.PROJECT_SUMMARY, "Torréfaction " + secrets.get("projet"));
        reception.put(ReceptionForm.PROJECT_SECTOR, "CRAFTS");
        reception.put(ReceptionForm.NEEDS, secrets.get("besoins"));
        reception.put(ReceptionForm.COMMENT, secrets.get("commentaire"));
        reception.put(ReceptionForm.DECISION, "AGREEMENT");
        api.complete(BEAUNE, reference, reception);
        api.complete(BEAUNE, reference, Map.of(AgreementPreparationForm.START_DATE, today.toString(),
                AgreementPreparationForm.DURATION_MONTHS, 9, AgreementPreparationForm.OBJECTIVES,
                "Trouver un local " + secrets.get("objectifs")));
        api.complete(BEAUNE, reference, Map.of(AgreementSignatureForm.SIGNED_ON, today.toString(),
                AgreementSignatureForm.CONFIRMED, true));

        Map<String, Object> appointment = new HashMap<>();
        appointment.put(AppointmentForm.DATE, today.toString());
        appointment.put(AppointmentForm.TIME, "10:00");
        appointment.put(AppointmentForm.DURATION_MINUTES, 60);
        appointment.put(AppointmentForm.MODE, "HOME_VISIT");
        appointment.put(AppointmentForm.PLACE, secrets.get("lieu"));
        appointment.put(AppointmentForm.STEPS_DONE, secrets.get("demarches"));
        appointment.put(AppointmentForm.NOTES, secrets.get("notes"));
        appointment.put(AppointmentForm.NEXT_STEPS, secrets.get("suite"));
        appointment.put(AppointmentForm.NEXT_APPOINTMENT_DATE, today.plusDays(20).toString());
        appointment.put(AppointmentForm.NEXT_APPOINTMENT_TIME, "14:00");
        appointment.put(AppointmentForm.NEXT_APPOINTMENT_MODE, "ON_SITE");
        appointment.put(AppointmentForm.DECISION, "CONTINUE");
        appointment.put(AppointmentForm.FINANCING_NEED, "SMALL");
        appointment.put(AppointmentForm.PARTNERS, List.of(cma.toString()));
        appointment.put(AppointmentForm.CONTACT_SHARED, List.of(cma.toString()));
        api.complete(BEAUNE, reference, appointment);
        String referralInstance = jdbc.queryForObject("select process_instance_id from referral where journey_id = ?",
                String.class, journeyId);
        managementService.executeJob(managementService.createJobQuery().processInstanceId(referralInstance)
                .activityId(ReferralProcess.Elements.SEND_REFERRAL).singleResult().getId());

        // What the collective sessions and the follow-ups record (their own tests walk them).
        long session = jdbc.queryForObject("""
                insert into collective_session (kind, title, territory_code, place_kind, capacity, status, created_by,
                    created_at, version)
                values ('INFORMATION_SESSION', 'Information collective', 'BEA', 'OFFICE', 10, 'CLOSED', ?, now(), 0)
                returning id""", Long.class, BEAUNE);
        long slot = jdbc.queryForObject("""
                insert into collective_session_slot (session_id, starts_at, duration_minutes) values (?, ?, 120)
                returning id""", Long.class, session, java.sql.Timestamp.valueOf(today.atTime(9, 0)));
        long registration = jdbc.queryForObject("""
                insert into collective_registration (session_id, prospect_first_name, prospect_last_name, prospect_email,
                    prospect_phone, status, registered_at, registered_by, wants_to_continue, opened_journey_id)
                values (?, 'Élodie', ?, ?, ?, 'REGISTERED', now(), ?, true, ?) returning id""", Long.class, session,
                secrets.get("lastName"), secrets.get("email"), secrets.get("phone"), BEAUNE, journeyId);
        jdbc.update("""
                insert into collective_attendance (registration_id, slot_id, status, recorded_at, recorded_by)
                values (?, ?, 'PRESENT', now(), ?)""", registration, slot, BEAUNE);

        appointment.put(AppointmentForm.DECISION, "CLOSE");
        appointment.remove(AppointmentForm.NEXT_APPOINTMENT_DATE);
        appointment.remove(AppointmentForm.NEXT_APPOINTMENT_TIME);
        appointment.remove(AppointmentForm.NEXT_APPOINTMENT_MODE);
        appointment.put(AppointmentForm.PARTNERS, List.of());
        appointment.put(AppointmentForm.CONTACT_SHARED, List.of());
        api.complete(BEAUNE, reference, appointment);
        api.complete(BEAUNE, reference, Map.of(FinalReviewForm.OUTCOME, "ACTIVITY_CREATED",
                FinalReviewForm.OUTCOME_DATE, today.toString(), FinalReviewForm.PATH_SUMMARY, secrets.get("bilan"),
                FinalReviewForm.LEGAL_FORM, "MICRO_ENTREPRISE", FinalReviewForm.ACTIVITY_CREATED_ON, today.toString(),
                FinalReviewForm.JOBS_CREATED, 1));
        jdbc.update("""
                insert into post_creation_follow_up (journey_id, milestone_months, due_on, recorded_on, activity_running,
                    help_needed, support_requested, recorded_by)
                values (?, 6, ?, ?, true, ?, true, ?)""", journeyId, today, today, secrets.get("aide"), BEAUNE);
        jdbc.update("""
                insert into agreement_amendment (agreement_id, extension_months, previous_end_date, new_end_date, reason,
                    created_by, created_at)
                select id, 3, planned_end_date, planned_end_date, ?, ?, now() from support_agreement where journey_id = ?""",
                secrets.get("motif"), BEAUNE, journeyId);
        assertThat(jdbc.queryForObject("select status from journey where id = ?", String.class, journeyId)).isEqualTo("CLOSED");
        return reference;
    }

    private String open(Long referrer) {
        Map<String, Object> participant = JourneyApi.participant(secrets.get("lastName"), "meursault");
        participant.put("email", secrets.get("email"));
        participant.put("phone", secrets.get("phone"));
        participant.put("addressLine", secrets.get("address"));
        participant.put("postalCode", "21190");
        participant.remove("referringPartnerType");
        participant.remove("referringPartnerName");
        participant.put("referringPartnerId", referrer);
        participant.put("referrerFeedbackConsent", true);
        ResponseEntity<Map<String, Object>> opened = api.open(BEAUNE, participant);
        assertThat(opened.getStatusCode().value()).as(String.valueOf(opened.getBody())).isEqualTo(201);
        return (String) opened.getBody().get("reference");
    }

    private String openOther(String lastName) {
        Map<String, Object> participant = JourneyApi.participant(lastName, "meursault");
        participant.put("email", lastName.toLowerCase() + "@example.org");
        ResponseEntity<Map<String, Object>> opened = api.open(BEAUNE, participant);
        assertThat(opened.getStatusCode().value()).as(String.valueOf(opened.getBody())).isEqualTo(201);
        return (String) opened.getBody().get("reference");
    }

    private void receive(String reference) {
        api.complete(BEAUNE, reference, Map.of(ReceptionForm.DATE, today.toString(), ReceptionForm.MODE, "ON_SITE",
                ReceptionForm.PROJECT_SUMMARY, "Épicerie ambulante.", ReceptionForm.PROJECT_SECTOR, "TRADE",
                ReceptionForm.DECISION, "AGREEMENT"));
    }

    private Long partner(String name, String type, String kind, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("type", type);
        body.put("kind", kind);
        body.put("territories", List.of("BEA"));
        body.put("contactFunction", "Chargé·e de création d'entreprise");
        body.put("contactEmail", email);
        ResponseEntity<Map<String, Object>> created = rest.withBasicAuth(MANAGER, JourneyApi.PASSWORD)
                .exchange("/api/partners", HttpMethod.POST, new HttpEntity<>(body), MAP);
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        return ((Number) created.getBody().get("id")).longValue();
    }

    // ------------------------------------------------------------------------------------ the scan

    /**
     * Every text and byte column of every table of the database (ours and ACT_*) searched for each
     * secret, as typed and in lower case; answers "table.column: secret" for each hit. The restricted
     * archive's PDF is the one exception, asserted on its own.
     */
    private List<String> found() {
        List<String> hits = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name, column_name, data_type from information_schema.columns
                where table_schema = current_schema()
                  and data_type in ('character varying', 'text', 'character', 'bytea')
                order by table_name, column_name""");
        assertThat(columns).extracting(c -> c.get("table_name")).contains("participant", "act_hi_varinst",
                "act_hi_detail", "act_ge_bytearray", "act_hi_comment", "act_hi_op_log", "outbox_message");
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            if (table.equals("legal_hold") && name.equals("content")) {
                continue;
            }
            boolean bytes = "bytea".equals(column.get("data_type"));
            for (Map.Entry<String, String> secret : secrets.entrySet()) {
                List<String> forms = List.of(secret.getValue(), secret.getValue().toLowerCase(java.util.Locale.ROOT),
                        secret.getValue().replaceAll("[^0-9]", "").length() >= 10 ? secret.getValue().replaceAll("[^0-9]", "")
                                : secret.getValue());
                for (String form : forms) {
                    Integer count = bytes
                            ? jdbc.queryForObject("select count(*) from \"" + table + "\" where position(? in \"" + name
                                    + "\") > 0", Integer.class, (Object) form.getBytes(StandardCharsets.UTF_8))
                            : jdbc.queryForObject("select count(*) from \"" + table + "\" where strpos(\"" + name
                                    + "\", ?) > 0", Integer.class, form);
                    if (count > 0) {
                        hits.add(table + "." + name + ": " + secret.getKey());
                        break;
                    }
                }
            }
        }
        return hits;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> body, String key) {
        return (Map<String, Object>) body.get(key);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> body, String key) {
        return (List<Map<String, Object>>) body.get(key);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
