package fr.poleess.support.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
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
import org.springframework.web.util.DefaultUriBuilderFactory;

import com.icegreen.greenmail.util.GreenMail;

import fr.poleess.support.PostgresIntegrationTest;
import fr.poleess.support.SmtpTestServer;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.JourneyApi;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.messaging.MessageChannel;
import fr.poleess.support.messaging.MessageDeliveryProcess;
import fr.poleess.support.messaging.MessageKind;
import fr.poleess.support.messaging.Outbox;
import fr.poleess.support.messaging.OutboxMessage;
import fr.poleess.support.territory.OutreachDesks;
import fr.poleess.support.workshop.CollectiveSessionProcess.Elements;
import fr.poleess.support.workshop.CollectiveSessionProcess.SlotChangeForm;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * A planned slot moved, then cancelled, from « Déplacer ou annuler le créneau » over the engine REST API
 * (as Tasklist submits it), on PostgreSQL with a real SMTP server: the slot's reminder timer follows, each
 * person registered gets exactly one notice per change (e-mail with the invitation parsed back: same UID,
 * SEQUENCE raised, METHOD:CANCEL; a call task for the participant without e-mail), timelines show it.
 */
class SlotReschedulingIntegrationTest extends PostgresIntegrationTest {

    static final String BEAUNE = "conseiller.beaune";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };

    /** The test JVM's SMTP server, emptied before each test. */
    GreenMail smtp;

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    Journeys journeys;
    @Autowired
    Outbox outbox;
    @Autowired
    OutreachDesks desks;

    JourneyApi api;
    final LocalDate day = LocalDate.now(PARIS).plusDays(10);

    @BeforeEach
    void client() throws Exception {
        rest.getRestTemplate().setUriTemplateHandler(new DefaultUriBuilderFactory("http://127.0.0.1:" + port));
        api = new JourneyApi(rest);
        smtp = SmtpTestServer.running();
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void aMovedThenCancelledSlotTellsEachRegisteredPersonOnceWithTheUpdatedInvitation() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Journey anna = open("Anna" + tag, true);
        Journey bruno = open("Bruno" + tag, false);
        Long sessionId = id(post("/api/sessions", workshop("Chiffrer son projet " + tag)).getBody());
        assertThat(post("/api/sessions/" + sessionId + "/registrations", Map.of("journeyReference", anna.getReference()))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post("/api/sessions/" + sessionId + "/registrations", Map.of("journeyReference", bruno.getReference()))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String prospectEmail = "prospect." + tag + "@example.org";
        Map<String, Object> prospect = new HashMap<>(Map.of("firstName", "Chloé", "lastName", "Prospect" + tag,
                "commune", "Nolay", "email", prospectEmail));
        assertThat(post("/api/sessions/" + sessionId + "/registrations", Map.of("prospect", prospect)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        String key = CollectiveSession.businessKey(sessionId);
        Long firstSlot = slotIds(sessionId).get(0);
        assertThat(reminderDue(key, firstSlot)).isEqualTo(day.minusDays(2).atTime(9, 0));

        // Refused in French: a date in the past.
        ResponseEntity<String> refused = submit(changeTask(key, firstSlot), Map.of(SlotChangeForm.CHANGE, "MOVED",
                SlotChangeForm.NEW_DATE, LocalDate.now(PARIS).minusDays(1).toString(), SlotChangeForm.NEW_TIME, "14:00"));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("Nouvelle date : doit être dans le futur");

        // Moved three days later, in the afternoon.
        LocalDateTime movedTo = day.plusDays(3).atTime(14, 0);
        ResponseEntity<String> moved = submit(changeTask(key, firstSlot), Map.of(SlotChangeForm.CHANGE, "MOVED",
                SlotChangeForm.NEW_DATE, movedTo.toLocalDate().toString(), SlotChangeForm.NEW_TIME, "14:00",
                SlotChangeForm.REASON, "Salle prise ce matin-là"));
        assertThat(moved.getStatusCode().is2xxSuccessful()).as(moved.getBody()).isTrue();

        assertThat(reminderDue(key, firstSlot)).isEqualTo(movedTo.toLocalDate().minusDays(2).atTime(9, 0));
        assertThat(changeTask(key, firstSlot).getDueDate().toInstant()).isEqualTo(movedTo.atZone(PARIS).toInstant());
        List<OutboxMessage> movedNotices = notices(MessageKind.COLLECTIVE_SLOT_MOVED, anna, bruno, prospectEmail);
        assertThat(movedNotices).hasSize(3);
        assertThat(movedNotices).filteredOn(m -> m.getChannel() == MessageChannel.CALL).singleElement()
                .satisfies(m -> assertThat(m.getJourneyId()).isEqualTo(bruno.getId()));
        movedNotices.forEach(this::deliver);
        assertThat(taskService.createTaskQuery().processDefinitionKey(MessageDeliveryProcess.KEY)
                .taskDefinitionKey(MessageDeliveryProcess.Elements.CALL_PARTICIPANT)
                .processInstanceBusinessKey(bruno.getReference()).count()).isEqualTo(1);
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(2);
        assertThat(List.of(mails[0].getAllRecipients()[0].toString(), mails[1].getAllRecipients()[0].toString()))
                .containsExactlyInAnyOrder(anna.getParticipant().getEmail(), prospectEmail);
        String uid = null;
        for (MimeMessage mail : mails) {
            assertThat(text(mail)).contains("est déplacée").contains("de 14 h 00 à 17 h 00").contains("Motif : Salle prise ce matin-là");
            Calendar invitation = invitation(mail);
            assertThat(invitation.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
            VEvent event = invitation.<VEvent>getComponents("VEVENT").get(0);
            assertThat(event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Paris");
            assertThat(event.getDateTimeStart().getValue())
                    .isEqualTo(movedTo.format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")));
            assertThat(event.getSequence().getSequenceNo()).isEqualTo(1);
            uid = event.getUid().orElseThrow().getValue();
        }
        assertThat(uid).isEqualTo("session-slot-" + firstSlot + "@parcours-creation.poleess.fr");

        // Then cancelled: its timers go, the other slot stays.
        smtp.purgeEmailFromAllMailboxes();
        ResponseEntity<String> cancelled = submit(changeTask(key, firstSlot), Map.of(SlotChangeForm.CHANGE, "CANCELLED",
                SlotChangeForm.REASON, "Intervenante indisponible"));
        assertThat(cancelled.getStatusCode().is2xxSuccessful()).as(cancelled.getBody()).isTrue();
        // Only the second slot still waits for its reminder; the first has no timer left.
        assertThat(timers(key, Elements.REMINDER_DUE)).singleElement().satisfies(job -> assertThat(((Number) runtimeService
                .getVariable(job.getExecutionId(), CollectiveSessionProcess.Variables.SLOT_ID)).longValue())
                .isNotEqualTo(firstSlot));
        assertThat(timers(key, Elements.SLOT_ENDED)).isEmpty();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey(Elements.CHANGE_SLOT)
                .count()).isEqualTo(1);
        List<OutboxMessage> cancelNotices = notices(MessageKind.COLLECTIVE_SLOT_CANCELLED, anna, bruno, prospectEmail);
        assertThat(cancelNotices).hasSize(3);
        cancelNotices.forEach(this::deliver);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            assertThat(text(mail)).contains("Motif : Intervenante indisponible").contains("Les autres séances restent prévues");
            Calendar invitation = invitation(mail);
            assertThat(invitation.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
            VEvent event = invitation.<VEvent>getComponents("VEVENT").get(0);
            assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(uid);
            assertThat(event.getSequence().getSequenceNo()).isEqualTo(2);
        }
        Map<String, Object> detail = get("/api/sessions/" + sessionId).getBody();
        assertThat(detail).containsEntry("status", "OPEN");
        assertThat(detail.get("slots").toString()).contains("status=CANCELLED").contains("status=PLANNED");

        // Nothing left to change on a cancelled slot; the timeline tells both changes.
        String timeline = api.get(BEAUNE, anna.getReference()).getBody().get("timeline").toString();
        String name = SessionKind.INFORMATION_SESSION.label() + " « Chiffrer son projet " + tag + " »";
        assertThat(timeline).contains("Créneau déplacé : " + name).contains("Créneau annulé : " + name);
    }

    // ----------------------------------------------------------------------------------------- helpers

    private Journey open(String lastName, boolean email) {
        Map<String, Object> body = JourneyApi.participant(lastName, "Beaune");
        if (!email) {
            body.remove("email");
        }
        return journeys.findByReference(api.opened(BEAUNE, body)).orElseThrow();
    }

    private Map<String, Object> workshop(String title) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("kind", "INFORMATION_SESSION");
        plan.put("title", title);
        plan.put("theme", "Charges, chiffre d'affaires, seuil de rentabilité");
        plan.put("territoryCode", "BEA");
        plan.put("placeKind", "OUTREACH_DESK");
        plan.put("outreachDeskId", desks.findByTerritoryCodeOrderByName("BEA").stream()
                .filter(d -> d.getCity().equals("Beaune")).findFirst().orElseThrow().getId());
        plan.put("facilitatorAdvisors", List.of(BEAUNE));
        plan.put("capacity", 5);
        List<Map<String, Object>> slots = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            slots.add(new LinkedHashMap<>(Map.of("startsAt", day.plusDays(7L * i).atTime(9, 30).toString(),
                    "durationMinutes", 180)));
        }
        plan.put("slots", slots);
        return plan;
    }

    private List<Long> slotIds(Long sessionId) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> slots = (List<Map<String, Object>>) get("/api/sessions/" + sessionId).getBody().get("slots");
        return slots.stream().map(SlotReschedulingIntegrationTest::id).toList();
    }

    private Task changeTask(String key, Long slotId) {
        return taskService.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey(Elements.CHANGE_SLOT)
                .list().stream().filter(t -> slotId.equals(((Number) taskService.getVariable(t.getId(),
                        CollectiveSessionProcess.Variables.SLOT_ID)).longValue()))
                .findFirst().orElseThrow();
    }

    private ResponseEntity<String> submit(Task task, Map<String, Object> values) {
        if (task.getAssignee() == null) {
            assertThat(api.claim(BEAUNE, task.getId()).getStatusCode().is2xxSuccessful()).isTrue();
        }
        return api.submit(BEAUNE, task.getId(), values);
    }

    private List<Job> timers(String key, String activityId) {
        String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(CollectiveSessionProcess.KEY)
                .processInstanceBusinessKey(key).singleResult().getId();
        return managementService.createJobQuery().processInstanceId(instance).activityId(activityId).list();
    }

    /** The reminder timer of that slot, read from the execution it waits in. */
    private LocalDateTime reminderDue(String key, Long slotId) {
        return timers(key, Elements.REMINDER_DUE).stream()
                .filter(job -> slotId.equals(((Number) runtimeService.getVariable(job.getExecutionId(),
                        CollectiveSessionProcess.Variables.SLOT_ID)).longValue()))
                .map(job -> LocalDateTime.ofInstant(job.getDuedate().toInstant(), PARIS))
                .min(Comparator.naturalOrder()).orElseThrow();
    }

    /** The notices of that kind to the two participants and the prospect. */
    private List<OutboxMessage> notices(MessageKind kind, Journey anna, Journey bruno, String prospectEmail) {
        List<OutboxMessage> found = new ArrayList<>();
        for (Journey journey : List.of(anna, bruno)) {
            found.addAll(outbox.findByJourneyIdOrderByCreatedAt(journey.getId()).stream()
                    .filter(m -> m.getKind() == kind).toList());
        }
        found.addAll(outbox.findAllByOrderByCreatedAtDesc().stream()
                .filter(m -> m.getKind() == kind && prospectEmail.equals(m.getRecipient())).toList());
        return found;
    }

    private void deliver(OutboxMessage message) {
        if (message.getChannel() == MessageChannel.EMAIL) {
            managementService.executeJob(managementService.createJobQuery()
                    .processInstanceId(message.getProcessInstanceId()).singleResult().getId());
        }
    }

    private static String text(MimeMessage mail) throws Exception {
        if (!(mail.getContent() instanceof Multipart multipart)) {
            return mail.getContent().toString();
        }
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart inner) {
                return inner.getBodyPart(0).getContent().toString();
            }
            if (part.isMimeType("text/plain")) {
                return part.getContent().toString();
            }
        }
        throw new AssertionError("no text part");
    }

    private static Calendar invitation(MimeMessage mail) throws Exception {
        Multipart multipart = (Multipart) mail.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContentType().startsWith("text/calendar")) {
                return new CalendarBuilder().build(part.getInputStream());
            }
        }
        throw new AssertionError("no text/calendar part");
    }

    private ResponseEntity<Map<String, Object>> post(String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(BEAUNE, JourneyApi.PASSWORD).exchange(path, HttpMethod.POST,
                new HttpEntity<>(body, headers), MAP);
    }

    private ResponseEntity<Map<String, Object>> get(String path) {
        return rest.withBasicAuth(BEAUNE, JourneyApi.PASSWORD).exchange(path, HttpMethod.GET, null, MAP);
    }

    private static Long id(Map<String, Object> body) {
        return ((Number) body.get("id")).longValue();
    }
}
