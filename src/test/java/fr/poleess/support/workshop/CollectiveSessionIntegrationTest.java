package fr.poleess.support.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.DefaultUriBuilderFactory;

import fr.poleess.support.PostgresIntegrationTest;
import fr.poleess.support.journey.CameThrough;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.JourneyApi;
import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.messaging.MessageChannel;
import fr.poleess.support.messaging.MessageKind;
import fr.poleess.support.messaging.Outbox;
import fr.poleess.support.messaging.OutboxMessage;
import fr.poleess.support.territory.OutreachDesks;
import fr.poleess.support.workshop.CollectiveSessionProcess.Elements;

/**
 * Collective time over HTTP on PostgreSQL: sessions planned and registered through {@code /api/sessions},
 * reminders and slot ends fired by executing their jobs, attendance recorded in « Saisir l'émargement »
 * through the engine REST API and correlated into the right journeys only; capacity and waiting list,
 * double registration, cancellation, the 3-to-8-hour rule, repeated absences, prospects' journeys, the
 * sign-in sheet, territory isolation, and the monthly petit déj' timer.
 */
class CollectiveSessionIntegrationTest extends PostgresIntegrationTest {

    static final String BEAUNE = "conseiller.beaune";
    static final String CHATILLON = "conseiller.chatillon";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final AtomicInteger NAMES = new AtomicInteger();
    static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };
    static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;
    @Autowired
    Journeys journeys;
    @Autowired
    Outbox outbox;
    @Autowired
    OutreachDesks desks;
    @Autowired
    CollectiveSessions sessions;
    @Autowired
    SessionRegistering registering;
    @Autowired
    JdbcTemplate jdbc;

    JourneyApi api;
    /** Far enough ahead that the reminders are two days before at 9 h. */
    final LocalDate day = LocalDate.now(PARIS).plusDays(10);

    @BeforeEach
    void client() {
        rest.getRestTemplate().setUriTemplateHandler(new DefaultUriBuilderFactory("http://127.0.0.1:" + port));
        api = new JourneyApi(rest);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aWorkshopRunsFromPlanningToAttendanceInTheRightJourneysWithWaitingListAndRepeatedAbsences() throws Exception {
        Journey anna = open("Lefèvre", "Meursault", true);
        Journey bruno = open("Béranger", "Pommard", true);
        Journey chloe = open("Œuvray", "Nolay", false);
        Journey bystander = open("Étienne", "Volnay", true);

        Map<String, Object> plan = workshop("Construire son prévisionnel", 2);
        ResponseEntity<Map<String, Object>> planned = post(BEAUNE, "/api/sessions", plan);
        assertThat(planned.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Long sessionId = id(planned.getBody());
        List<Map<String, Object>> slots = list(planned.getBody().get("slots"));
        Long slot1 = id(slots.get(0));
        Long slot2 = id(slots.get(1));
        String businessKey = CollectiveSession.businessKey(sessionId);

        // Two places: Anna and Bruno get them, Chloé waits; nobody twice.
        assertThat(register(BEAUNE, sessionId, anna).getBody()).containsEntry("status", "REGISTERED");
        Long brunoRegistration = id(register(BEAUNE, sessionId, bruno).getBody());
        Long chloeRegistration = id(register(BEAUNE, sessionId, chloe).getBody());
        assertThat(get(BEAUNE, "/api/sessions/" + sessionId).getBody().get("registrations").toString()).contains("WAITING");
        ResponseEntity<Map<String, Object>> twice = register(BEAUNE, sessionId, anna);
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(twice.getBody().get("detail").toString()).contains("déjà inscrite à ce temps collectif");
        assertThat(registering.upcomingOptions(bystander.getId())).extracting(o -> o.get("value"))
                .contains(sessionId.toString());
        assertThat(registering.upcomingOptions(anna.getId())).extracting(o -> o.get("value"))
                .doesNotContain(sessionId.toString());

        // Bruno cancels: Chloé moves up and is told (by her referent's call: she has no e-mail).
        ResponseEntity<Map<String, Object>> cancelled = rest.withBasicAuth(BEAUNE, JourneyApi.PASSWORD).exchange(
                "/api/sessions/" + sessionId + "/registrations/" + brunoRegistration, HttpMethod.DELETE, null, MAP);
        assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(((Map<?, ?>) cancelled.getBody().get("movedUp")).get("id")).isEqualTo(chloeRegistration.intValue());
        assertThat(messages(chloe, MessageKind.COLLECTIVE_SESSION_SEAT_CONFIRMED)).singleElement()
                .satisfies(m -> assertThat(m.getChannel()).isEqualTo(MessageChannel.CALL));

        // 2 days before the first slot at 9 h: Anna (e-mail) and Chloé (call task) are reminded, not Bruno.
        Job reminder = earliest(businessKey, Elements.REMINDER_DUE);
        assertThat(reminder.getDuedate()).isEqualTo(paris(day.minusDays(2).atTime(9, 0)));
        managementService.executeJob(reminder.getId());
        assertThat(messages(anna, MessageKind.COLLECTIVE_SESSION_REMINDER)).singleElement().satisfies(m -> {
            assertThat(m.getChannel()).isEqualTo(MessageChannel.EMAIL);
            assertThat(m.getBody()).contains("Construire son prévisionnel", SessionWording.date(day.atTime(9, 30)),
                    "de 9 h 30 à 12 h 30", "Permanence de Beaune");
        });
        assertThat(messages(chloe, MessageKind.COLLECTIVE_SESSION_REMINDER)).hasSize(1);
        assertThat(messages(bruno, MessageKind.COLLECTIVE_SESSION_REMINDER)).isEmpty();

        // The sign-in sheet of the first slot lists Anna and Chloé, and names the facilitating advisor.
        String sheet = pdfText(BEAUNE, sessionId, slot1);
        assertThat(sheet).contains("Camille Bertrand").doesNotContain(BEAUNE + ",");
        assertThat(sheet).contains("Construire son prévisionnel", SessionWording.date(day.atTime(9, 30)),
                anna.getParticipant().getLastName().toUpperCase(java.util.Locale.FRENCH),
                chloe.getParticipant().getLastName().toUpperCase(java.util.Locale.FRENCH))
                .doesNotContain(bruno.getParticipant().getLastName().toUpperCase(java.util.Locale.FRENCH));

        // After the first slot: Anna present, Chloé absent without excuse.
        ClockUtil.setCurrentTime(paris(day.atTime(13, 0)));
        managementService.executeJob(earliest(businessKey, Elements.SLOT_ENDED).getId());
        recordAttendance(businessKey, List.of(registrationOf(sessionId, anna)), List.of());
        sendAttendance(businessKey);
        assertThat(received(anna)).isEqualTo(1);
        assertThat(received(chloe)).isEqualTo(1);
        assertThat(received(bruno)).isZero();
        assertThat(received(bystander)).isZero();
        assertThat(attendance(sessionId, slot1)).containsEntry(registrationOf(sessionId, anna), "PRESENT")
                .containsEntry(chloeRegistration, "ABSENT").containsEntry(brunoRegistration, "CANCELLED");
        assertThat(repeatedAbsencesTasks(chloe)).isZero();

        // After the second slot: both absent. Chloé's second unexcused absence in a row opens the referent's task.
        managementService.executeJob(earliest(businessKey, Elements.REMINDER_DUE).getId());
        ClockUtil.setCurrentTime(paris(day.plusDays(7).atTime(13, 0)));
        managementService.executeJob(earliest(businessKey, Elements.SLOT_ENDED).getId());
        recordAttendance(businessKey, List.of(), List.of());
        sendAttendance(businessKey);
        assertThat(repeatedAbsencesTasks(chloe)).isEqualTo(1);
        assertThat(repeatedAbsencesTasks(anna)).isZero();

        Map<String, Object> closed = get(BEAUNE, "/api/sessions/" + sessionId).getBody();
        assertThat(closed).containsEntry("status", "CLOSED");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(CollectiveSessionProcess.KEY)
                .processInstanceBusinessKey(businessKey).count()).isZero();
        // What the yearly report counts: slots held with at least one person present.
        assertThat(jdbc.queryForObject("""
                select count(distinct s.id) from collective_session_slot s join collective_attendance a on a.slot_id = s.id
                where s.session_id = ? and a.status = 'PRESENT'""", Long.class, sessionId)).isEqualTo(1L);

        // The journey's timeline shows the registration and the slot attended, only that one.
        String timeline = api.get(BEAUNE, anna.getReference()).getBody().get("timeline").toString();
        assertThat(timeline).contains("Inscription : Atelier thématique « Construire son prévisionnel »",
                "Présent·e : Atelier thématique « Construire son prévisionnel » (de 9 h 30 à 12 h 30)");
        assertThat(timeline.split("SESSION_ATTENDED", -1)).hasSize(2);
        assertThat(api.get(BEAUNE, chloe.getReference()).getBody().get("timeline").toString())
                .doesNotContain("SESSION_ATTENDED");
    }

    @Test
    void anAdvisorRegistersTheParticipantFromTheAppointmentForm() {
        Long sessionId = id(post(BEAUNE, "/api/sessions", workshop("Trouver ses premiers clients", 1)).getBody());
        Journey journey = open("Garnier", "Meursault", true);
        String today = LocalDate.now(PARIS).toString();
        api.walkToAppointments(BEAUNE, journey.getReference(), today);

        Task appointment = taskService.createTaskQuery().processInstanceId(journey.getProcessInstanceId())
                .taskDefinitionKey(JourneyProcess.Elements.HOLD_APPOINTMENT).singleResult();
        // The options Tasklist shows: a JSON list of {label, value}, the session among them.
        org.camunda.bpm.engine.variable.value.ObjectValue options = taskService.getVariableLocalTyped(appointment.getId(),
                JourneyProcess.Variables.SESSION_REGISTRATION_OPTIONS, false);
        assertThat(options.getSerializationDataFormat()).isEqualTo("application/json");
        assertThat(options.getValueSerialized()).contains("\"value\":\"" + sessionId + "\"", "Trouver ses premiers clients");

        Map<String, Object> form = new HashMap<>();
        form.put(JourneyProcess.AppointmentForm.DATE, today);
        form.put(JourneyProcess.AppointmentForm.TIME, "14:30");
        form.put(JourneyProcess.AppointmentForm.DURATION_MINUTES, 60);
        form.put(JourneyProcess.AppointmentForm.MODE, "ON_SITE");
        form.put(JourneyProcess.AppointmentForm.DECISION, "CONTINUE");
        form.put(JourneyProcess.AppointmentForm.SESSION_REGISTRATIONS, List.of(sessionId.toString()));
        api.complete(BEAUNE, journey.getReference(), form);

        assertThat(registrationOf(sessionId, journey)).isNotNull();
        Task next = taskService.createTaskQuery().processInstanceId(journey.getProcessInstanceId())
                .taskDefinitionKey(JourneyProcess.Elements.HOLD_APPOINTMENT).singleResult();
        org.camunda.bpm.engine.variable.value.ObjectValue nextOptions = taskService.getVariableLocalTyped(next.getId(),
                JourneyProcess.Variables.SESSION_REGISTRATION_OPTIONS, false);
        assertThat(nextOptions.getValueSerialized()).doesNotContain("\"value\":\"" + sessionId + "\"");
        assertThat(runtimeService.getVariable(journey.getProcessInstanceId(),
                JourneyProcess.AppointmentForm.SESSION_REGISTRATIONS)).isNull();
    }

    @Test
    void anAdvisorPlansASessionFromTasklistsStartFormOnlyInTheirTerritory() {
        Map<String, Object> variables = new LinkedHashMap<>();
        String title = "Petit déj' du Seurrois " + NAMES.incrementAndGet();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(CollectiveSessionProcess.PlanningForm.KIND, "BREAKFAST");
        values.put(CollectiveSessionProcess.PlanningForm.TITLE, title);
        values.put(CollectiveSessionProcess.PlanningForm.TERRITORY, "BEA");
        values.put(CollectiveSessionProcess.PlanningForm.CAPACITY, 10);
        values.put(CollectiveSessionProcess.PlanningForm.PLACE_KIND, "PARTNER_ROOM");
        values.put(CollectiveSessionProcess.PlanningForm.PLACE_DETAIL, "Salle des fêtes, 21250 Seurre");
        values.put(CollectiveSessionProcess.PlanningForm.FACILITATOR_ADVISORS, BEAUNE);
        values.put(CollectiveSessionProcess.PlanningForm.FIRST_DATE, day.toString());
        values.put(CollectiveSessionProcess.PlanningForm.FIRST_TIME, "09:30");
        values.put(CollectiveSessionProcess.PlanningForm.FIRST_DURATION, 120);
        values.forEach((key, value) -> variables.put(key, Map.of("value", value,
                "type", value instanceof Integer ? "Long" : "String")));
        String url = "/engine-rest/process-definition/key/" + CollectiveSessionProcess.KEY + "/submit-form";

        ResponseEntity<Map<String, Object>> refused = rest.withBasicAuth(CHATILLON, JourneyApi.PASSWORD).exchange(url,
                HttpMethod.POST, json(Map.of("variables", variables)), MAP);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().toString()).contains("un territoire que vous suivez");

        ResponseEntity<Map<String, Object>> started = rest.withBasicAuth(BEAUNE, JourneyApi.PASSWORD).exchange(url,
                HttpMethod.POST, json(Map.of("variables", variables)), MAP);
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
        String businessKey = (String) started.getBody().get("businessKey");
        CollectiveSession session = sessions.require(Long.valueOf(businessKey.substring("SESSION-".length())));
        assertThat(session.getTitle()).isEqualTo(title);
        assertThat(session.getPlaceKind()).isEqualTo(PlaceKind.PARTNER_ROOM);
        assertThat(session.startsAt()).isEqualTo(day.atTime(9, 30));
        assertThat(managementService.createJobQuery().processInstanceId((String) started.getBody().get("id"))
                .activityId(Elements.REMINDER_DUE).count()).isEqualTo(1);
    }

    @Test
    void badPlansAndRegistrationsAreRefusedInFrenchAndOtherTerritoriesSeeNothing() {
        Map<String, Object> tooShort = workshop("Trop court", 1);
        ((Map<String, Object>) list(tooShort.get("slots")).get(0)).put("durationMinutes", 120);
        ResponseEntity<Map<String, Object>> refused = post(BEAUNE, "/api/sessions", tooShort);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("detail").toString())
                .contains("un atelier thématique dure de 3 à 8 heures au total (ici 2 h)");

        Map<String, Object> tooLong = workshop("Trop long", 2);
        list(tooLong.get("slots")).forEach(s -> ((Map<String, Object>) s).put("durationMinutes", 300));
        assertThat(post(BEAUNE, "/api/sessions", tooLong).getBody().get("detail").toString()).contains("(ici 10 h)");

        Map<String, Object> video = workshop("En visio", 1);
        video.put("placeKind", "VIDEO");
        video.put("placeDetail", "salle 3");
        ResponseEntity<Map<String, Object>> noLink = post(BEAUNE, "/api/sessions", video);
        assertThat(noLink.getBody().get("detail").toString()).contains("lien de la visioconférence");

        Map<String, Object> elsewhere = workshop("Ailleurs", 1);
        ResponseEntity<Map<String, Object>> otherTerritory = post(CHATILLON, "/api/sessions", elsewhere);
        assertThat(otherTerritory.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(otherTerritory.getBody().get("detail").toString()).contains("un territoire que vous suivez");

        Long sessionId = id(post(BEAUNE, "/api/sessions", workshop("Réseaux et financement", 1)).getBody());
        assertThat(get(CHATILLON, "/api/sessions/" + sessionId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.withBasicAuth(CHATILLON, JourneyApi.PASSWORD).exchange("/api/sessions/" + sessionId
                + "/registrations", HttpMethod.POST, json(Map.of("journeyReference", "BEA-2026-0001")), MAP)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        Long slot = id(list(get(BEAUNE, "/api/sessions/" + sessionId).getBody().get("slots")).get(0));
        assertThat(rest.withBasicAuth(CHATILLON, JourneyApi.PASSWORD).exchange("/api/sessions/" + sessionId + "/slots/"
                + slot + "/sign-in-sheet.pdf", HttpMethod.GET, null, byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.withBasicAuth(CHATILLON, JourneyApi.PASSWORD).exchange("/api/sessions?territory=BEA",
                HttpMethod.GET, null, LIST).getBody()).isEmpty();
        assertThat(rest.withBasicAuth("responsable", JourneyApi.PASSWORD).exchange("/api/sessions?kind=THEMATIC_WORKSHOP",
                HttpMethod.GET, null, LIST).getBody()).extracting(s -> s.get("id")).contains(sessionId.intValue());

        ResponseEntity<Map<String, Object>> prospect = rest.withBasicAuth(BEAUNE, JourneyApi.PASSWORD).exchange(
                "/api/sessions/" + sessionId + "/registrations", HttpMethod.POST,
                json(Map.of("prospect", prospect("Paul", "Martin", "paul@example.org", null))), MAP);
        assertThat(prospect.getBody().get("detail").toString()).contains("seule une information collective accueille des prospects");
        ResponseEntity<Map<String, Object>> unknown = rest.withBasicAuth(BEAUNE, JourneyApi.PASSWORD).exchange(
                "/api/sessions/" + sessionId + "/registrations", HttpMethod.POST,
                json(Map.of("journeyReference", "CHA-1999-0001")), MAP);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody().get("detail").toString()).contains("parmi ceux que vous suivez");
    }

    @Test
    void prospectsOfAnInformationSessionWhoGoOnGetAJourneyOpenedAtReception() {
        // A session held five days ago (its journeys record a date that cannot be in the future), planned and
        // registered with the engine's clock set back before it.
        LocalDate held = LocalDate.now(PARIS).minusDays(5);
        ClockUtil.setCurrentTime(paris(held.minusDays(10).atTime(10, 0)));
        Map<String, Object> plan = workshop("Créer son activité : par où commencer ?", 1, held);
        plan.put("kind", "INFORMATION_SESSION");
        ((Map<String, Object>) list(plan.get("slots")).get(0)).put("durationMinutes", 120);
        Long sessionId = id(post(BEAUNE, "/api/sessions", plan).getBody());
        String businessKey = CollectiveSession.businessKey(sessionId);
        String last = "Zoé" + NAMES.incrementAndGet();
        Long zoe = id(registerProspect(sessionId, prospect("Zoé", "Ménard" + last, "zoe@example.org", null)).getBody());
        Long hugo = id(registerProspect(sessionId, prospect("Hugo", "Lécuyer" + last, null, "06 98 76 54 32")).getBody());
        ResponseEntity<Map<String, Object>> again = registerProspect(sessionId,
                prospect("zoé", "ménard" + last.toLowerCase(java.util.Locale.FRENCH), null, "06 11 11 11 11"));
        assertThat(again.getBody().get("detail").toString()).contains("déjà inscrite");
        ResponseEntity<Map<String, Object>> noContact = registerProspect(sessionId, prospect("Léa", "Sans" + last, null, null));
        assertThat(noContact.getBody().get("detail").toString()).contains("au moins un moyen de contact");

        managementService.executeJob(earliest(businessKey, Elements.REMINDER_DUE).getId());
        assertThat(outbox.findAllByOrderByCreatedAtDesc()).filteredOn(m -> "zoe@example.org".equals(m.getRecipient())
                && m.getKind() == MessageKind.COLLECTIVE_SESSION_REMINDER).isNotEmpty();
        ClockUtil.setCurrentTime(paris(held.atTime(12, 0)));
        managementService.executeJob(earliest(businessKey, Elements.SLOT_ENDED).getId());
        Task attendance = taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(Elements.RECORD_ATTENDANCE).singleResult();
        assertThat(taskService.getVariable(attendance.getId(), "signInSheetLink").toString())
                .contains("(/api/sessions/" + sessionId + "/slots/");
        ResponseEntity<String> notPresent = api.submit(BEAUNE, attendance.getId(), Map.of("presentRegistrations",
                List.of(zoe.toString()), "continuingProspectsChoice", List.of(hugo.toString()), "signInSheetSigned", true));
        assertThat(notPresent.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notPresent.getBody()).contains("seul·e un·e prospect présent·e");
        recordAttendance(businessKey, List.of(zoe, hugo), List.of(), List.of(zoe));
        sendAttendance(businessKey);

        Task open = taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(Elements.OPEN_PROSPECT_JOURNEY).singleResult();
        assertThat(taskService.getVariable(open.getId(), "prospectSummary").toString()).contains("Zoé", "zoe@example.org");
        assertThat(api.claim(BEAUNE, open.getId()).getStatusCode().is2xxSuccessful()).isTrue();
        ResponseEntity<String> opened = api.submit(BEAUNE, open.getId(), Map.of("prospectDecision", "OPEN",
                "prospectBirthYear", 1987, "prospectGender", "FEMALE", "prospectSituation", "RSA",
                "prospectPostalCode", "21200", "prospectConsentGiven", true));
        assertThat(opened.getStatusCode().is2xxSuccessful()).as(opened.getBody()).isTrue();

        Map<String, Object> session = get(BEAUNE, "/api/sessions/" + sessionId).getBody();
        assertThat(session).containsEntry("status", "CLOSED");
        String reference = list(session.get("registrations")).stream().filter(r -> id(r).equals(zoe)).findFirst()
                .map(r -> (String) r.get("openedJourneyReference")).orElseThrow();
        Journey journey = journeys.findByReference(reference).orElseThrow();
        assertThat(journey.getParticipant().getCameThrough()).isEqualTo(CameThrough.INFORMATION_SESSION);
        assertThat(journey.getParticipant().getInformationSessionOn()).isEqualTo(held);
        assertThat(journey.getParticipant().getLastName()).isEqualTo("Ménard" + last);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey(JourneyProcess.Elements.HOLD_RECEPTION).count()).isEqualTo(1);
    }

    @Test
    void aCancelledSessionTellsEveryoneRegisteredAndEnds() {
        Journey anna = open("Ancel", "Beaune", true);
        Map<String, Object> plan = workshop("Petit déj' de décembre", 1);
        plan.put("kind", "BREAKFAST");
        plan.put("placeKind", "OFFICE");
        Long sessionId = id(post(BEAUNE, "/api/sessions", plan).getBody());
        register(BEAUNE, sessionId, anna);

        ResponseEntity<Map<String, Object>> noReason = post(BEAUNE, "/api/sessions/" + sessionId + "/cancel", Map.of());
        assertThat(noReason.getBody().get("detail").toString()).contains("Motif de l'annulation : est obligatoire");
        ResponseEntity<Map<String, Object>> cancelled = post(BEAUNE, "/api/sessions/" + sessionId + "/cancel",
                Map.of("reason", "Animatrice malade"));
        assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(cancelled.getBody()).containsEntry("status", "CANCELLED");

        assertThat(messages(anna, MessageKind.COLLECTIVE_SESSION_CANCELLED)).singleElement()
                .satisfies(m -> assertThat(m.getBody()).contains("Motif : Animatrice malade"));
        assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(CollectiveSession.businessKey(sessionId)).count()).isZero();
        assertThat(post(BEAUNE, "/api/sessions/" + sessionId + "/cancel", Map.of("reason", "encore")).getBody()
                .get("detail").toString()).contains("déjà annulé");
        assertThat(register(BEAUNE, sessionId, open("Tardif", "Beaune", true)).getBody().get("detail").toString())
                .contains("les inscriptions sont closes");
    }

    @Test
    void eachMonthTheTimerOpensThePlanningOfNextMonthsBreakfastInEveryTerritory() {
        Job timer = managementService.createJobQuery().activityId(CollectiveSessionProcess.BreakfastPlanning.START)
                .singleResult();
        assertThat(timer).isNotNull();
        ClockUtil.setCurrentTime(timer.getDuedate());
        LocalDate next = LocalDate.ofInstant(timer.getDuedate().toInstant(), PARIS).plusMonths(1);
        String month = next.toString().substring(0, 7);

        managementService.executeJob(timer.getId());

        for (String territory : List.of("BEA", "CHA", "DIJ")) {
            List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey("BREAKFAST-" + territory + "-" + month)
                    .taskDefinitionKey(Elements.PLAN_SESSION).list();
            assertThat(tasks).as(territory).isNotEmpty();
            Task task = tasks.get(tasks.size() - 1);
            assertThat(taskService.getVariable(task.getId(), CollectiveSessionProcess.PlanningForm.TERRITORY)).isEqualTo(territory);
            assertThat(taskService.getVariable(task.getId(), CollectiveSessionProcess.PlanningForm.FIRST_DATE).toString())
                    .startsWith(month);
        }
        Task beaune = taskService.createTaskQuery().processInstanceBusinessKey("BREAKFAST-BEA-" + month)
                .taskDefinitionKey(Elements.PLAN_SESSION).list().get(0);
        Map<String, Object> values = new HashMap<>();
        values.put(CollectiveSessionProcess.PlanningForm.DECISION, "PLAN");
        values.put(CollectiveSessionProcess.PlanningForm.FACILITATOR_ADVISORS, BEAUNE);
        assertThat(api.claim(BEAUNE, beaune.getId()).getStatusCode().is2xxSuccessful()).isTrue();
        ResponseEntity<String> planned = api.submit(BEAUNE, beaune.getId(), values);
        assertThat(planned.getStatusCode().is2xxSuccessful()).as(planned.getBody()).isTrue();
        Long sessionId = (Long) historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(beaune.getProcessInstanceId()).variableName("sessionId").singleResult().getValue();
        CollectiveSession session = sessions.require(sessionId);
        assertThat(session.getKind()).isEqualTo(SessionKind.BREAKFAST);
        assertThat(session.startsAt().toLocalDate().toString()).startsWith(month);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(beaune.getProcessInstanceId())
                .singleResult().getBusinessKey()).isEqualTo(CollectiveSession.businessKey(sessionId));
    }

    // ----------------------------------------------------------------------------------------- helpers

    private Journey open(String lastName, String commune, boolean email) {
        Map<String, Object> body = JourneyApi.participant(lastName + "-" + NAMES.incrementAndGet(), commune);
        if (!email) {
            body.remove("email");
        }
        return journeys.findByReference(api.opened(BEAUNE, body)).orElseThrow();
    }

    private Map<String, Object> workshop(String title, int slots) {
        return workshop(title, slots, day);
    }

    private Map<String, Object> workshop(String title, int slots, LocalDate day) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("kind", "THEMATIC_WORKSHOP");
        plan.put("title", title);
        plan.put("theme", "Chiffrer son projet : charges, chiffre d’affaires, seuil de rentabilité");
        plan.put("territoryCode", "BEA");
        plan.put("placeKind", "OUTREACH_DESK");
        plan.put("outreachDeskId", desks.findByTerritoryCodeOrderByName("BEA").stream()
                .filter(d -> d.getCity().equals("Beaune")).findFirst().orElseThrow().getId());
        plan.put("facilitatorAdvisors", List.of(BEAUNE));
        plan.put("partnerFacilitators", "Mme Roy, expert-comptable");
        plan.put("capacity", 2);
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < slots; i++) {
            list.add(new LinkedHashMap<>(Map.of("startsAt", day.plusDays(7L * i).atTime(9, 30).toString(),
                    "durationMinutes", 180)));
        }
        plan.put("slots", list);
        return plan;
    }

    private static Map<String, Object> prospect(String first, String last, String email, String phone) {
        Map<String, Object> prospect = new HashMap<>();
        prospect.put("firstName", first);
        prospect.put("lastName", last);
        prospect.put("commune", "Nolay");
        prospect.put("email", email);
        prospect.put("phone", phone);
        return prospect;
    }

    private ResponseEntity<Map<String, Object>> register(String user, Long sessionId, Journey journey) {
        return rest.withBasicAuth(user, JourneyApi.PASSWORD).exchange("/api/sessions/" + sessionId + "/registrations",
                HttpMethod.POST, json(Map.of("journeyReference", journey.getReference())), MAP);
    }

    private ResponseEntity<Map<String, Object>> registerProspect(Long sessionId, Map<String, Object> prospect) {
        return rest.withBasicAuth(BEAUNE, JourneyApi.PASSWORD).exchange("/api/sessions/" + sessionId + "/registrations",
                HttpMethod.POST, json(Map.of("prospect", prospect)), MAP);
    }

    private Long registrationOf(Long sessionId, Journey journey) {
        return list(get(BEAUNE, "/api/sessions/" + sessionId).getBody().get("registrations")).stream()
                .filter(r -> journey.getReference().equals(r.get("journeyReference"))).map(CollectiveSessionIntegrationTest::id)
                .findFirst().orElseThrow();
    }

    private void recordAttendance(String businessKey, List<Long> present, List<Long> excused) {
        recordAttendance(businessKey, present, excused, List.of());
    }

    private void recordAttendance(String businessKey, List<Long> present, List<Long> excused, List<Long> continuing) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(Elements.RECORD_ATTENDANCE).singleResult();
        assertThat(task.getAssignee()).isEqualTo(BEAUNE);
        Map<String, Object> values = new HashMap<>();
        values.put("presentRegistrations", present.stream().map(String::valueOf).toList());
        values.put("excusedRegistrations", excused.stream().map(String::valueOf).toList());
        values.put("continuingProspectsChoice", continuing.stream().map(String::valueOf).toList());
        values.put("signInSheetSigned", true);
        ResponseEntity<String> response = api.submit(BEAUNE, task.getId(), values);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    }

    private void sendAttendance(String businessKey) {
        String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(CollectiveSessionProcess.KEY)
                .processInstanceBusinessKey(businessKey)
                .singleResult().getId();
        Job job = managementService.createJobQuery().processInstanceId(instance).activityId(Elements.SEND_ATTENDANCE)
                .singleResult();
        managementService.executeJob(job.getId());
    }

    private Job earliest(String businessKey, String activityId) {
        String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(CollectiveSessionProcess.KEY)
                .processInstanceBusinessKey(businessKey)
                .singleResult().getId();
        return managementService.createJobQuery().processInstanceId(instance).activityId(activityId).list().stream()
                .min(Comparator.comparing(Job::getDuedate)).orElseThrow();
    }

    /** How many times the journey's instance received « Présence à un temps collectif ». */
    private long received(Journey journey) {
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(journey.getProcessInstanceId())
                .activityId(JourneyProcess.Elements.ATTENDANCE_RECEIVED).count();
    }

    private long repeatedAbsencesTasks(Journey journey) {
        return taskService.createTaskQuery().processInstanceId(journey.getProcessInstanceId())
                .taskDefinitionKey(JourneyProcess.Elements.REPEATED_ABSENCES_TASK).count();
    }

    private Map<Long, String> attendance(Long sessionId, Long slotId) {
        Map<Long, String> result = new HashMap<>();
        jdbc.query("select registration_id, status from collective_attendance where slot_id = ?",
                rs -> {
                    result.put(rs.getLong(1), rs.getString(2));
                }, slotId);
        return result;
    }

    private List<OutboxMessage> messages(Journey journey, MessageKind kind) {
        return outbox.findByJourneyIdOrderByCreatedAt(journey.getId()).stream().filter(m -> m.getKind() == kind).toList();
    }

    private String pdfText(String user, Long sessionId, Long slotId) throws Exception {
        ResponseEntity<byte[]> pdf = rest.withBasicAuth(user, JourneyApi.PASSWORD).exchange("/api/sessions/" + sessionId
                + "/slots/" + slotId + "/sign-in-sheet.pdf", HttpMethod.GET, null, byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PDF)).isTrue();
        try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
        return rest.withBasicAuth(user, JourneyApi.PASSWORD).exchange(path, HttpMethod.POST, json(body), MAP);
    }

    private ResponseEntity<Map<String, Object>> get(String user, String path) {
        return rest.withBasicAuth(user, JourneyApi.PASSWORD).exchange(path, HttpMethod.GET, null, MAP);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private static Long id(Map<String, Object> body) {
        return ((Number) body.get("id")).longValue();
    }

    private static Date paris(LocalDateTime time) {
        return Date.from(time.atZone(PARIS).toInstant());
    }

    private static <T> HttpEntity<T> json(T body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
