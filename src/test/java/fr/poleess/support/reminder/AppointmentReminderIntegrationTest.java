package fr.poleess.support.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import java.io.StringReader;
import org.springframework.http.ResponseEntity;
import fr.poleess.support.messaging.MessageKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.DefaultUriBuilderFactory;

import fr.poleess.support.PostgresIntegrationTest;
import fr.poleess.support.SmtpTestServer;
import fr.poleess.support.journey.JourneyApi;
import fr.poleess.support.journey.JourneyProcess.AppointmentForm;
import fr.poleess.support.messaging.MessageDeliveryProcess;
import fr.poleess.support.messaging.MessageStatus;
import fr.poleess.support.messaging.Outbox;
import fr.poleess.support.messaging.OutboxMessage;

/**
 * The appointment reminder end to end, on PostgreSQL with a real SMTP server (GreenMail): booked at
 * an appointment, its timer due two days before at 09:00, the e-mail in French with the place;
 * an SMTP outage retried without touching the advisor's work; a participant without an e-mail
 * address called by the referent instead.
 */
class AppointmentReminderIntegrationTest extends PostgresIntegrationTest {

    static final String ADVISOR = "conseiller.beaune";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

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
    Outbox outbox;
    @Autowired
    fr.poleess.support.journey.Journeys journeys;

    final LocalDate today = LocalDate.now(PARIS);

    @BeforeEach
    void client() throws Exception {
        rest.getRestTemplate().setUriTemplateHandler(new DefaultUriBuilderFactory("http://127.0.0.1:" + port));
        smtp = SmtpTestServer.running();
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void aBookedAppointmentIsRemindedTwoDaysBeforeAtNineInFrenchWithTheOutreachDesk() throws Exception {
        String reference = journeyOnItsPath("marie.rappel@example.org");
        LocalDateTime next = today.plusDays(6).atTime(14, 30);

        recordAppointmentBooking(reference, next, "OUTREACH_DESK", null);

        Task appointmentTask = taskService.createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey("Task_HoldAppointment").singleResult();
        assertThat(LocalDateTime.ofInstant(appointmentTask.getDueDate().toInstant(), PARIS)).isEqualTo(next);
        assertThat(LocalDateTime.ofInstant(appointmentTask.getFollowUpDate().toInstant(), PARIS))
                .isEqualTo(next.toLocalDate().minusDays(1).atTime(9, 0));
        Job timer = reminderTimer(reference);
        assertThat(LocalDateTime.ofInstant(timer.getDuedate().toInstant(), PARIS))
                .isEqualTo(next.toLocalDate().minusDays(2).atTime(9, 0));
        managementService.executeJob(timer.getId());
        OutboxMessage message = onlyMessage(reference);
        assertThat(message.getStatus()).isEqualTo(MessageStatus.PENDING);
        executeSendJob(message);

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0]).hasToString("marie.rappel@example.org");
        assertThat(mail.getSubject()).startsWith("Rappel : votre rendez-vous du ");
        String text = text(mail);
        assertThat(text).contains("Bonjour Élodie").contains(frenchDate(next)).contains("à 14 h 30")
                .contains("Permanence de Beaune, 6 rue du Tribunal, 21200 Beaune")
                .contains("Pôle d'économie solidaire");
        assertThat(outbox.require(message.getId()).getStatus()).isEqualTo(MessageStatus.SENT);

        // Two days after the appointment, still not recorded: its task is flagged for the advisor and managers.
        Job notRecorded = reminderTimer(reference);
        assertThat(LocalDateTime.ofInstant(notRecorded.getDuedate().toInstant(), PARIS)).isEqualTo(next.plusDays(2));
        managementService.executeJob(notRecorded.getId());
        Task flagged = taskService.createTaskQuery().taskId(appointmentTask.getId()).singleResult();
        assertThat(flagged.getPriority()).isEqualTo(fr.poleess.support.shared.TaskPriorities.FLAGGED);
        assertThat(flagged.getDescription()).startsWith("Rendez-vous du " + frenchDate(next) + " à 14 h 30 non enregistré");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(AppointmentReminderProcess.KEY).count()).isZero();
    }

    @Test
    void bookingTheNextAppointmentSendsTheConfirmationWithItsInvitation() throws Exception {
        String reference = journeyOnItsPath("lea.confirmation@example.org");
        LocalDateTime next = today.plusDays(9).atTime(10, 15);

        recordAppointmentBooking(reference, next, "OUTREACH_DESK", null);

        Long journeyId = journeys.findByReference(reference).orElseThrow().getId();
        OutboxMessage confirmation = outbox.findByJourneyIdOrderByCreatedAt(journeyId).stream()
                .filter(m -> m.getKind() == MessageKind.APPOINTMENT_CONFIRMED).collect(java.util.stream.Collectors
                        .collectingAndThen(java.util.stream.Collectors.toList(), list -> {
                            assertThat(list).hasSize(1);
                            return list.get(0);
                        }));
        executeSendJob(confirmation);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0]).hasToString("lea.confirmation@example.org");
        assertThat(mail.getSubject()).isEqualTo("Votre rendez-vous du " + frenchDate(next) + " à 10 h 15");
        assertThat(text(mail)).contains("Permanence de Beaune, 6 rue du Tribunal, 21200 Beaune")
                .contains("03 80");
        Calendar invitation = invitation(mail);
        assertThat(invitation.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(invitation.getComponents("VTIMEZONE")).isNotEmpty();
        VEvent event = invitation.<VEvent>getComponents("VEVENT").get(0);
        assertThat(event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Paris");
        assertThat(event.getDateTimeStart().getValue())
                .isEqualTo(next.format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")));
        assertThat(event.getSequence().getSequenceNo()).isZero();
        assertThat(event.getProperty("LOCATION").orElseThrow().getValue()).contains("6 rue du Tribunal");
        assertThat(event.getProperty("DESCRIPTION").orElseThrow().getValue()).contains("En cas d'empêchement : 03 80");
        // The reminder later carries the same event.
        managementService.executeJob(reminderTimer(reference).getId());
        VEvent reminded = new CalendarBuilder().build(new StringReader(onlyMessage(reference).getCalendarInvitation().ics()))
                .<VEvent>getComponents("VEVENT").get(0);
        assertThat(reminded.getUid()).isEqualTo(event.getUid());
    }

    @Test
    void anSmtpOutageIsRetriedAndTheMessageDeliveredOnceWithoutUndoingTheAdvisorsWork() throws Exception {
        String reference = journeyOnItsPath("paul.panne@example.org");
        recordAppointmentBooking(reference, today.plusDays(5).atTime(10, 0), "VIDEO", "https://visio.example/salle-12");
        managementService.executeJob(reminderTimer(reference).getId());
        OutboxMessage message = onlyMessage(reference);

        smtp.stop();
        Job send = sendJob(message);
        assertThatThrownBy(() -> managementService.executeJob(send.getId())).isNotNull();

        OutboxMessage afterFailure = outbox.require(message.getId());
        assertThat(afterFailure.getStatus()).isEqualTo(MessageStatus.PENDING);
        assertThat(afterFailure.getAttempts()).isOne();
        assertThat(afterFailure.getLastError()).isNotBlank();
        Job retried = sendJob(message);
        assertThat(retried.getRetries()).isPositive();
        assertThat(retried.getDuedate()).isAfter(send.getDuedate() == null ? new java.util.Date(0) : send.getDuedate());
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult()
                .getTaskDefinitionKey()).as("the advisor's recorded appointment stands").isEqualTo("Task_HoldAppointment");

        smtp = SmtpTestServer.running();
        managementService.executeJob(retried.getId());

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(text(smtp.getReceivedMessages()[0])).contains("en visioconférence : https://visio.example/salle-12");
        assertThat(outbox.require(message.getId()).getStatus()).isEqualTo(MessageStatus.SENT);
        assertThat(outbox.require(message.getId()).getAttempts()).isEqualTo(2);
    }

    @Test
    void afterTheLastRetryTheMessageIsFailedAndCockpitShowsAnIncident() {
        String reference = journeyOnItsPath("jamais.envoye@example.org");
        recordAppointmentBooking(reference, today.plusDays(5).atTime(10, 0), "ON_SITE", null);
        managementService.executeJob(reminderTimer(reference).getId());
        OutboxMessage message = onlyMessage(reference);
        smtp.stop();

        for (int attempt = 0; attempt < 10 && sendJob(message).getRetries() > 0; attempt++) {
            String jobId = sendJob(message).getId();
            assertThatThrownBy(() -> managementService.executeJob(jobId)).isNotNull();
        }

        assertThat(runtimeService.createIncidentQuery().processInstanceId(message.getProcessInstanceId()).count()).isOne();
        OutboxMessage failed = outbox.require(message.getId());
        assertThat(failed.getStatus()).isEqualTo(MessageStatus.FAILED);
        assertThat(failed.getAttempts()).isEqualTo(6);
        var forManagers = rest.withBasicAuth("responsable", JourneyApi.PASSWORD)
                .getForEntity("/api/outbox?status=FAILED", String.class);
        assertThat(forManagers.getStatusCode().value()).isEqualTo(200);
        assertThat(forManagers.getBody()).contains("\"id\":" + message.getId() + ",").contains("\"status\":\"FAILED\"");
        assertThat(rest.withBasicAuth(ADVISOR, JourneyApi.PASSWORD).getForEntity("/api/outbox", String.class)
                .getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void aParticipantWithoutEmailIsCalledByTheReferentInstead() {
        String reference = journeyOnItsPath(null);
        recordAppointmentBooking(reference, today.plusDays(4).atTime(9, 30), "PHONE", null);
        managementService.executeJob(reminderTimer(reference).getId());
        OutboxMessage message = onlyMessage(reference);

        assertThat(message.getStatus()).isEqualTo(MessageStatus.CALL_REQUESTED);
        Task call = taskService.createTaskQuery().processInstanceId(message.getProcessInstanceId()).singleResult();
        assertThat(call.getName()).isEqualTo("Appeler le porteur de projet");
        assertThat(call.getAssignee()).isEqualTo(ADVISOR);
        assertThat((String) taskService.getVariable(call.getId(), MessageDeliveryProcess.Variables.MESSAGE_TEXT))
                .contains("Votre conseiller·ère vous appellera au 06 12 34 56 78");
        assertThat(smtp.getReceivedMessages()).isEmpty();

        taskService.complete(call.getId(), Map.of("messagePassedOn", true));

        assertThat(outbox.require(message.getId()).getStatus()).isEqualTo(MessageStatus.CALLED);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> timeline = (List<Map<String, Object>>) new JourneyApi(rest)
                .get(ADVISOR, reference).getBody().get("timeline");
        assertThat(timeline).anySatisfy(e -> assertThat(e.get("label").toString()).startsWith("Rappel : votre rendez-vous")
                .endsWith("transmis par téléphone"));
    }

    @Test
    void aParticipantWhoseMessagesArePausedGetsNoReminder() {
        String reference = journeyOnItsPath("pause@example.org");
        recordAppointmentBooking(reference, today.plusDays(6).atTime(14, 0), "ON_SITE", null);
        var paused = rest.withBasicAuth(ADVISOR, JourneyApi.PASSWORD).exchange("/api/journeys/" + reference
                + "/messages-paused", org.springframework.http.HttpMethod.PUT,
                new org.springframework.http.HttpEntity<>(Map.of("paused", true)), String.class);
        assertThat(paused.getStatusCode().value()).isEqualTo(204);

        managementService.executeJob(reminderTimer(reference).getId());

        OutboxMessage message = onlyMessage(reference);
        assertThat(message.getStatus()).isEqualTo(MessageStatus.PAUSED);
        assertThat(message.getProcessInstanceId()).isNull();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(rest.withBasicAuth("conseiller.chatillon", JourneyApi.PASSWORD).exchange("/api/journeys/" + reference
                + "/messages-paused", org.springframework.http.HttpMethod.PUT,
                new org.springframework.http.HttpEntity<>(Map.of("paused", false)), String.class).getStatusCode().value())
                .as("another territory's advisor").isEqualTo(404);
    }

    @Test
    void theAppointmentFormCanPauseTheMessages() {
        String reference = journeyOnItsPath("pause.formulaire@example.org");

        recordAppointmentBooking(reference, today.plusDays(6).atTime(14, 0), "ON_SITE", null,
                Map.of(fr.poleess.support.journey.JourneyProcess.AppointmentForm.AUTOMATIC_MESSAGES, "PAUSE"));
        managementService.executeJob(reminderTimer(reference).getId());

        assertThat(onlyMessage(reference).getStatus()).isEqualTo(MessageStatus.PAUSED);
        assertThat(journeys.findByReference(reference).orElseThrow().getParticipant().isMessagesPaused()).isTrue();
    }

    @Test
    void recordingAnotherAppointmentReplacesThePendingReminder() {
        String reference = journeyOnItsPath("claire.remplace@example.org");
        recordAppointmentBooking(reference, today.plusDays(6).atTime(14, 0), "ON_SITE", null);
        String first = reminderTimer(reference).getProcessInstanceId();

        recordAppointmentBooking(reference, today.plusDays(9).atTime(11, 0), "ON_SITE", null);

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(first).count()).isZero();
        assertThat(LocalDateTime.ofInstant(reminderTimer(reference).getDuedate().toInstant(), PARIS))
                .isEqualTo(today.plusDays(7).atTime(9, 0));
    }

    @Test
    void movingTheBookedAppointmentMovesItsReminderAndSendsOneNoticeWithTheUpdatedInvitation() throws Exception {
        String reference = journeyOnItsPath("lea.deplace@example.org");
        LocalDateTime booked = today.plusDays(6).atTime(14, 30);
        recordAppointmentBooking(reference, booked, "OUTREACH_DESK", null);
        ProcessInstance firstReminder = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(AppointmentReminderProcess.KEY).processInstanceBusinessKey(reference).singleResult();

        LocalDateTime moved = today.plusDays(10).atTime(9, 15);
        changeBookedAppointment(reference, Map.of(AppointmentForm.OUTCOME, "MOVED", AppointmentForm.CHANGE_DATE,
                moved.toLocalDate().toString(), AppointmentForm.CHANGE_TIME, "09:15", AppointmentForm.CHANGE_REASON,
                "Le porteur de projet travaille ce jour-là."));

        BpmnAwareTests.assertThat(firstReminder).isEnded().hasPassed(AppointmentReminderProcess.Elements.REPLACED);
        assertThat(LocalDateTime.ofInstant(reminderTimer(reference).getDuedate().toInstant(), PARIS))
                .isEqualTo(moved.toLocalDate().minusDays(2).atTime(9, 0));
        Task next = taskService.createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey("Task_HoldAppointment").singleResult();
        assertThat(LocalDateTime.ofInstant(next.getDueDate().toInstant(), PARIS)).isEqualTo(moved);

        OutboxMessage notice = onlyMessage(reference);
        assertThat(notice.getKind()).isEqualTo(MessageKind.APPOINTMENT_MOVED);
        executeSendJob(notice);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Votre rendez-vous est déplacé au " + frenchDate(moved));
        Calendar moveInvitation = invitation(mail);
        VEvent event = moveInvitation.<VEvent>getComponents("VEVENT").get(0);
        assertThat(moveInvitation.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Paris");
        assertThat(event.getDateTimeStart().getValue()).isEqualTo(
                moved.format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")));
        assertThat(event.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(moveInvitation.getComponents("VTIMEZONE")).isNotEmpty();

        // The reminder then carries the same invitation: same UID, same SEQUENCE.
        managementService.executeJob(reminderTimer(reference).getId());
        OutboxMessage reminder = outbox.findByJourneyIdOrderByCreatedAt(journeys.findByReference(reference).orElseThrow()
                .getId()).stream().filter(m -> m.getKind() == MessageKind.APPOINTMENT_REMINDER).findFirst().orElseThrow();
        VEvent reminded = new CalendarBuilder().build(new StringReader(reminder.getCalendarInvitation().ics()))
                .<VEvent>getComponents("VEVENT").get(0);
        assertThat(reminded.getUid()).isEqualTo(event.getUid());
        assertThat(reminded.getSequence().getSequenceNo()).isEqualTo(1);

        // The timeline tells it.
        assertThat(new JourneyApi(rest).get(ADVISOR, reference).getBody().get("timeline").toString())
                .contains("Rendez-vous déplacé : prévu le " + booked.getDayOfMonth());
    }

    @Test
    void cancellingTheBookedAppointmentRemovesItsReminderAndCancelsTheInvitation() throws Exception {
        String reference = journeyOnItsPath("hugo.annule@example.org");
        recordAppointmentBooking(reference, today.plusDays(6).atTime(14, 30), "ON_SITE", null);
        ProcessInstance reminder = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(AppointmentReminderProcess.KEY).processInstanceBusinessKey(reference).singleResult();

        changeBookedAppointment(reference, Map.of(AppointmentForm.OUTCOME, "CANCELLED_BY_PARTICIPANT"));

        BpmnAwareTests.assertThat(reminder).isEnded();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(AppointmentReminderProcess.KEY)
                .processInstanceBusinessKey(reference).count()).isZero();
        OutboxMessage notice = onlyMessage(reference);
        assertThat(notice.getKind()).isEqualTo(MessageKind.APPOINTMENT_CANCELLED);
        executeSendJob(notice);
        Calendar cancel = invitation(smtp.getReceivedMessages()[0]);
        assertThat(cancel.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent event = cancel.<VEvent>getComponents("VEVENT").get(0);
        assertThat(event.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(event.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
        Task next = taskService.createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey("Task_HoldAppointment").singleResult();
        assertThat(next.getDueDate()).isNull();

        // Nothing left to cancel: refused in French, nothing changed.
        ResponseEntity<String> refused = new JourneyApi(rest).submit(ADVISOR, next.getId(),
                Map.of(AppointmentForm.OUTCOME, "CANCELLED_BY_US"));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("aucun prochain rendez-vous n'est fixé");
    }

    private void changeBookedAppointment(String reference, Map<String, Object> form) {
        new JourneyApi(rest).complete(ADVISOR, reference, form);
    }

    /** The e-mail's text: the whole body, or its text/plain part when an invitation is attached. */
    private static String text(MimeMessage mail) throws Exception {
        if (!(mail.getContent() instanceof jakarta.mail.Multipart multipart)) {
            return mail.getContent().toString();
        }
        for (int i = 0; i < multipart.getCount(); i++) {
            jakarta.mail.BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof jakarta.mail.Multipart inner) {
                return inner.getBodyPart(0).getContent().toString();
            }
            if (part.isMimeType("text/plain")) {
                return part.getContent().toString();
            }
        }
        throw new AssertionError("no text part");
    }

    private static Calendar invitation(MimeMessage mail) throws Exception {
        jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) mail.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            jakarta.mail.BodyPart part = multipart.getBodyPart(i);
            if (part.getContentType().startsWith("text/calendar")) {
                return new CalendarBuilder().build(part.getInputStream());
            }
        }
        throw new AssertionError("no text/calendar part");
    }

    private String journeyOnItsPath(String email) {
        Map<String, Object> participant = JourneyApi.participant(
                "Rappel-" + UUID.randomUUID().toString().substring(0, 6), "Meursault");
        participant.put("email", email);
        var api = new JourneyApi(rest);
        String reference = api.opened(ADVISOR, participant);
        api.walkToAppointments(ADVISOR, reference, today.toString());
        return reference;
    }

    private void recordAppointmentBooking(String reference, LocalDateTime next, String mode, String place) {
        recordAppointmentBooking(reference, next, mode, place, Map.of());
    }

    private void recordAppointmentBooking(String reference, LocalDateTime next, String mode, String place,
            Map<String, Object> more) {
        Map<String, Object> form = new HashMap<>(more);
        form.put(AppointmentForm.DATE, today.toString());
        form.put(AppointmentForm.TIME, "10:00");
        form.put(AppointmentForm.DURATION_MINUTES, 60);
        form.put(AppointmentForm.MODE, "ON_SITE");
        form.put(AppointmentForm.NOTES, "Point sur le prévisionnel.");
        form.put(AppointmentForm.DECISION, "CONTINUE");
        form.put(AppointmentForm.NEXT_APPOINTMENT_DATE, next.toLocalDate().toString());
        form.put(AppointmentForm.NEXT_APPOINTMENT_TIME, next.toLocalTime().toString());
        form.put(AppointmentForm.NEXT_APPOINTMENT_MODE, mode);
        if (place != null) {
            form.put(AppointmentForm.NEXT_APPOINTMENT_PLACE, place);
        }
        new JourneyApi(rest).complete(ADVISOR, reference, form);
    }

    private Job reminderTimer(String reference) {
        String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(AppointmentReminderProcess.KEY)
                .processInstanceBusinessKey(reference).singleResult().getId();
        return managementService.createJobQuery().processInstanceId(instance).timers().singleResult();
    }

    /** The journey's only message besides the booking's confirmation (which has its own test). */
    private OutboxMessage onlyMessage(String reference) {
        Long journeyId = journeys.findByReference(reference).orElseThrow().getId();
        List<OutboxMessage> messages = outbox.findByJourneyIdOrderByCreatedAt(journeyId).stream()
                .filter(m -> m.getKind() != MessageKind.APPOINTMENT_CONFIRMED).toList();
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private Job sendJob(OutboxMessage message) {
        return managementService.createJobQuery().processInstanceId(message.getProcessInstanceId()).singleResult();
    }

    private void executeSendJob(OutboxMessage message) {
        managementService.executeJob(sendJob(message).getId());
    }

    private static String frenchDate(LocalDateTime at) {
        return fr.poleess.support.shared.FrenchFormat.dayAndDate(at);
    }
}
