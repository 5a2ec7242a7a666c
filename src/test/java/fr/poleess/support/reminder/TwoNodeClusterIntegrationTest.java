package fr.poleess.support.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import fr.poleess.support.EmbeddedPostgresSupport;
import fr.poleess.support.SmtpTestServer;
import fr.poleess.support.SupportApplication;
import fr.poleess.support.journey.CameThrough;
import fr.poleess.support.journey.Gender;
import fr.poleess.support.journey.JourneyOpening;
import fr.poleess.support.journey.JourneyProcess.AgreementPreparationForm;
import fr.poleess.support.journey.JourneyProcess.AgreementSignatureForm;
import fr.poleess.support.journey.JourneyProcess.AppointmentForm;
import fr.poleess.support.journey.JourneyProcess.Elements;
import fr.poleess.support.journey.JourneyProcess.ReceptionForm;
import fr.poleess.support.journey.NewParticipant;
import fr.poleess.support.journey.Situation;
import fr.poleess.support.messaging.MessageDeliveryProcess;
import fr.poleess.support.messaging.MessageStatus;
import fr.poleess.support.messaging.MessageKind;
import fr.poleess.support.messaging.Outbox;
import fr.poleess.support.messaging.OutboxMessage;

/**
 * Camunda scales out on one database: two whole applications ("nodes") on the same PostgreSQL, both
 * with their job executor on and nothing else in common. The reminder timers of many journeys, made
 * due at once, are fired and their e-mails sent exactly once each, by jobs both nodes acquired
 * (told apart by the engine's {@code hostname} in the job log). Then the timers outlive the cluster:
 * one booked while only node 1 runs still fires after node 1 is restarted.
 */
class TwoNodeClusterIntegrationTest {

    private static final String DATABASE = "cluster_it";
    private static final int JOURNEYS = 40;
    private static final String ADVISOR = "conseiller.beaune";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Duration DEADLINE = Duration.ofSeconds(90);

    private final LocalDate today = LocalDate.now(PARIS);
    private final int smtpPort = SmtpTestServer.freePort();

    @Test
    void twoNodesShareTheRemindersWithoutSendingAnyTwiceAndTimersSurviveARestart() throws Exception {
        GreenMail smtp = SmtpTestServer.started(smtpPort);
        ConfigurableApplicationContext node1 = null;
        ConfigurableApplicationContext node2 = null;
        try {
            // Node 1 first, fully: it deploys the processes and seeds groups and accounts.
            node1 = start("node-1");
            node2 = start("node-2");

            List<String> references = new ArrayList<>();
            for (int i = 0; i < JOURNEYS; i++) {
                references.add(journeyWithNextAppointmentBooked(node1, i));
            }
            ManagementService management = node1.getBean(ManagementService.class);
            Outbox outbox = node1.getBean(Outbox.class);
            // Each booking's confirmation goes out first; what follows counts the reminders only.
            await().atMost(DEADLINE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                assertThat(outbox.findAll()).hasSize(JOURNEYS).allMatch(m -> m.getKind() == MessageKind.APPOINTMENT_CONFIRMED
                        && m.getStatus() == MessageStatus.SENT);
                assertThat(pendingJobs(management) - reminderTimers(management).size()).isZero();
            });
            smtp.purgeEmailFromAllMailboxes();
            Map<String, Long> confirmationJobs = successfulJobsPerNode(node1.getBean(HistoryService.class));
            List<Job> timers = reminderTimers(management);
            assertThat(timers).hasSize(JOURNEYS);

            long dueAt = System.nanoTime();
            Date past = new Date(System.currentTimeMillis() - 60_000);
            timers.forEach(timer -> management.setJobDuedate(timer.getId(), past));

            await().atMost(DEADLINE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                assertThat(reminders(outbox)).hasSize(JOURNEYS).allMatch(m -> m.getStatus() == MessageStatus.SENT);
                assertThat(smtp.getReceivedMessages()).hasSizeGreaterThanOrEqualTo(JOURNEYS);
                assertThat(pendingJobs(management)).isZero();
            });
            long millis = Duration.ofNanos(System.nanoTime() - dueAt).toMillis();

            Map<String, Long> perRecipient = perRecipient(smtp);
            long duplicates = perRecipient.values().stream().filter(count -> count > 1).count();
            assertThat(smtp.getReceivedMessages()).hasSize(JOURNEYS);
            assertThat(perRecipient).hasSize(JOURNEYS).allSatisfy((recipient, count) -> assertThat(count).isOne());
            assertThat(perRecipient.keySet()).containsExactlyInAnyOrderElementsOf(
                    reminders(outbox).stream().map(OutboxMessage::getRecipient).toList());
            RuntimeService runtime = node2.getBean(RuntimeService.class);
            HistoryService history = node2.getBean(HistoryService.class);
            // Every reminder went past its timer and "Envoyer le rappel" exactly once. (The process may then
            // end, or wait for a later step of its own: that is the model's business, not the cluster's.)
            assertThat(reminderTimers(node2.getBean(ManagementService.class))).isEmpty();
            assertThat(history.createHistoricActivityInstanceQuery()
                    .activityId(AppointmentReminderProcess.Elements.SEND_REMINDER).finished().count())
                    .isEqualTo(JOURNEYS);
            long remindersEnded = history.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(AppointmentReminderProcess.KEY).finished().count();
            assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(MessageDeliveryProcess.KEY)
                    .finished().count()).isEqualTo(2L * JOURNEYS);
            assertThat(runtime.createIncidentQuery().count()).isZero();
            TaskService tasksOnNode2 = node2.getBean(TaskService.class);
            assertThat(references).allSatisfy(reference -> assertThat(tasksOnNode2.createTaskQuery()
                    .processInstanceBusinessKey(reference).singleResult().getTaskDefinitionKey())
                    .isEqualTo(Elements.HOLD_APPOINTMENT));

            // Every job ran once successfully (timers and sends), and both nodes ran some.
            Map<String, Long> jobsPerNode = new TreeMap<>(successfulJobsPerNode(history));
            confirmationJobs.forEach((node, count) -> jobsPerNode.merge(node, -count, Long::sum));
            jobsPerNode.values().removeIf(count -> count == 0);
            assertThat(jobsPerNode.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2L * JOURNEYS);
            assertThat(jobsPerNode).containsOnlyKeys("node-1", "node-2");
            assertThat(jobsPerNode.values()).allSatisfy(count -> assertThat(count).isPositive());
            long retriedAfterConflict = failedJobs(history);

            System.out.println("TWO-NODE CLUSTER: journeys=" + JOURNEYS + " timers=" + timers.size() + " e-mails="
                    + smtp.getReceivedMessages().length + " duplicates=" + duplicates + " jobsPerNode=" + jobsPerNode
                    + " remindersEnded=" + remindersEnded
                    + " failedAttempts=" + retriedAfterConflict + " dueToAllSentMs=" + millis);

            // Timers live in the database, not in a node: one booked now fires after a restart.
            node2.close();
            node2 = null;
            String late = journeyWithNextAppointmentBooked(node1, JOURNEYS);
            assertThat(reminderTimers(node1.getBean(ManagementService.class))).hasSize(1);
            ConfigurableApplicationContext lateNode = node1;
            await().atMost(DEADLINE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> assertThat(
                    lateNode.getBean(ManagementService.class).createJobQuery()
                    .processDefinitionKey(MessageDeliveryProcess.KEY).count()).isZero());
            node1.close();
            node1 = null;

            node1 = start("node-1");
            ManagementService restarted = node1.getBean(ManagementService.class);
            List<Job> survivor = reminderTimers(restarted);
            assertThat(survivor).hasSize(1);
            assertThat(survivor.get(0).getDuedate()).isInTheFuture();
            assertThat(node1.getBean(Outbox.class).count()).isEqualTo(2L * JOURNEYS + 1);
            restarted.setJobDuedate(survivor.get(0).getId(), new Date(System.currentTimeMillis() - 1_000));

            Outbox outboxAfterRestart = node1.getBean(Outbox.class);
            await().atMost(DEADLINE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                assertThat(reminders(outboxAfterRestart)).hasSize(JOURNEYS + 1)
                        .allMatch(m -> m.getStatus() == MessageStatus.SENT);
                assertThat(pendingJobs(restarted)).isZero();
            });
            // The late journey's confirmation, then its reminder.
            assertThat(smtp.getReceivedMessages()).hasSize(JOURNEYS + 2);
            assertThat(perRecipient(smtp)).hasSize(JOURNEYS + 1).containsEntry(email(JOURNEYS), 2L);
            assertThat(node1.getBean(RuntimeService.class).createIncidentQuery().count()).isZero();
            HistoryService historyAfterRestart = node1.getBean(HistoryService.class);
            String lateReminder = historyAfterRestart.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(AppointmentReminderProcess.KEY).processInstanceBusinessKey(late).singleResult()
                    .getId();
            assertThat(historyAfterRestart.createHistoricActivityInstanceQuery().processInstanceId(lateReminder)
                    .activityId(AppointmentReminderProcess.Elements.SEND_REMINDER).finished().count()).isOne();
            Map<String, Long> afterRestart = successfulJobsPerNode(historyAfterRestart);
            // Its confirmation's send before the restart, its timer and reminder's send after.
            assertThat(afterRestart.get("node-1")).isEqualTo(confirmationJobs.getOrDefault("node-1", 0L)
                    + jobsPerNode.getOrDefault("node-1", 0L) + 3);
            System.out.println("TWO-NODE CLUSTER restart: the timer booked before the restart fired on node-1, e-mails="
                    + smtp.getReceivedMessages().length + " jobsPerNode=" + afterRestart);
        } finally {
            close(node2);
            close(node1);
            smtp.stop();
        }
    }

    private ConfigurableApplicationContext start(String hostname) {
        return new SpringApplicationBuilder(SupportApplication.class).run(
                "--spring.datasource.url=" + EmbeddedPostgresSupport.jdbcUrl(DATABASE),
                "--spring.datasource.username=" + EmbeddedPostgresSupport.USERNAME,
                "--spring.datasource.password=" + EmbeddedPostgresSupport.PASSWORD,
                "--server.port=0", "--server.address=127.0.0.1",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                "--support.demo.enabled=false", "--support.admin.password=Cluster-Noeud-7fQ2",
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000",
                "--camunda.bpm.job-execution.backoff-time-in-millis=50",
                "--camunda.bpm.job-execution.max-backoff=400",
                // Without Camunda's webapps: they keep their engine in JVM-wide statics (the Cockpit, Tasklist
                // and Admin runtime delegates), which a second application in the test JVM would take over
                // and, when closed, leave null under the shared test context's webapps (answering 500).
                "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.generic-properties.properties.hostname=" + hostname);
    }

    /** Reception, agreement prepared and signed, a first appointment that books the next one five days on. */
    private String journeyWithNextAppointmentBooked(ConfigurableApplicationContext node, int i) {
        String reference = node.getBean(JourneyOpening.class).open(NewParticipant.builder()
                .firstName("Élodie").lastName("Grappe-" + i).email(email(i)).phone("06 12 34 56 78")
                .commune("Meursault").birthYear(1990).gender(Gender.FEMALE).situation(Situation.JOB_SEEKER)
                .mobilityConstraints(List.of()).cameThrough(CameThrough.WORD_OF_MOUTH).consentGiven(true).build()).getReference();
        TaskService tasks = node.getBean(TaskService.class);
        complete(tasks, reference, Elements.HOLD_RECEPTION, Map.of(ReceptionForm.DATE, today.toString(),
                ReceptionForm.MODE, "ON_SITE", ReceptionForm.PROJECT_SUMMARY, "Épicerie solidaire itinérante.",
                ReceptionForm.PROJECT_SECTOR, "CRAFTS", ReceptionForm.DECISION, "AGREEMENT"));
        complete(tasks, reference, Elements.PREPARE_AGREEMENT, Map.of(AgreementPreparationForm.START_DATE,
                today.toString(), AgreementPreparationForm.DURATION_MONTHS, 12, AgreementPreparationForm.OBJECTIVES,
                "Étude de marché et plan de financement."));
        complete(tasks, reference, Elements.SIGN_AGREEMENT, Map.of(AgreementSignatureForm.SIGNED_ON, today.toString(),
                AgreementSignatureForm.CONFIRMED, true));
        LocalDateTime next = today.plusDays(5).atTime(14, 30);
        Map<String, Object> appointment = new HashMap<>();
        appointment.put(AppointmentForm.DATE, today.toString());
        appointment.put(AppointmentForm.TIME, "10:00");
        appointment.put(AppointmentForm.DURATION_MINUTES, 60);
        appointment.put(AppointmentForm.MODE, "ON_SITE");
        appointment.put(AppointmentForm.NOTES, "Premier point d'étape.");
        appointment.put(AppointmentForm.DECISION, "CONTINUE");
        appointment.put(AppointmentForm.NEXT_APPOINTMENT_DATE, next.toLocalDate().toString());
        appointment.put(AppointmentForm.NEXT_APPOINTMENT_TIME, next.toLocalTime().toString());
        appointment.put(AppointmentForm.NEXT_APPOINTMENT_MODE, "ON_SITE");
        complete(tasks, reference, Elements.HOLD_APPOINTMENT, appointment);
        return reference;
    }

    private static void complete(TaskService tasks, String reference, String expectedTask, Map<String, Object> form) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(expectedTask);
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), ADVISOR);
        }
        tasks.complete(task.getId(), form);
    }

    /** The timers of "two days before": not any later timer the reminder process may have. */
    private static List<Job> reminderTimers(ManagementService management) {
        return management.createJobQuery().processDefinitionKey(AppointmentReminderProcess.KEY)
                .activityId(AppointmentReminderProcess.Elements.REMINDER_DUE).timers().list();
    }

    private static long pendingJobs(ManagementService management) {
        return reminderTimers(management).size()
                + management.createJobQuery().processDefinitionKey(MessageDeliveryProcess.KEY).count();
    }

    /** Successful jobs of the reminder and delivery processes, by the hostname of the engine that ran them. */
    private static Map<String, Long> successfulJobsPerNode(HistoryService history) {
        List<HistoricJobLog> logs = new ArrayList<>(history.createHistoricJobLogQuery().successLog()
                .processDefinitionKey(AppointmentReminderProcess.KEY).list());
        logs.addAll(history.createHistoricJobLogQuery().successLog().processDefinitionKey(MessageDeliveryProcess.KEY)
                .list());
        return logs.stream().collect(Collectors.groupingBy(HistoricJobLog::getHostname, TreeMap::new,
                Collectors.counting()));
    }

    /** Failed attempts (e.g. optimistic locking between the nodes), retried by the engine. */
    private static long failedJobs(HistoryService history) {
        return history.createHistoricJobLogQuery().failureLog().processDefinitionKey(AppointmentReminderProcess.KEY)
                .count()
                + history.createHistoricJobLogQuery().failureLog().processDefinitionKey(MessageDeliveryProcess.KEY)
                        .count();
    }

    private static List<OutboxMessage> reminders(Outbox outbox) {
        return outbox.findAll().stream().filter(m -> m.getKind() == MessageKind.APPOINTMENT_REMINDER).toList();
    }

    private static Map<String, Long> perRecipient(GreenMail smtp) {
        List<String> recipients = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            try {
                recipients.add(mail.getAllRecipients()[0].toString());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return recipients.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static String email(int i) {
        return "grappe." + i + "@example.org";
    }

    private static void close(ConfigurableApplicationContext node) {
        if (node != null) {
            node.close();
        }
    }

}
