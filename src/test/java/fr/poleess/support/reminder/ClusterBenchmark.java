package fr.poleess.support.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
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
import fr.poleess.support.messaging.MessageKind;
import fr.poleess.support.messaging.MessageDeliveryProcess;
import fr.poleess.support.messaging.MessageStatus;
import fr.poleess.support.messaging.Outbox;

/**
 * A homogeneous cluster measured: {@code benchmark.nodes} whole applications (3 by default) on one
 * PostgreSQL, each with its job executor on. Phase 1: every node builds its share of journeys at the
 * same time (open, reception, agreement, signature, a first appointment that books the next one),
 * which times task completions per node while the nodes contend for the same tables; the nodes' job
 * executors send each booking's confirmation meanwhile. Phase 2: the reminder timers of all journeys
 * are made due at once; the job executors fire them and send the reminders. Checked: every timer and
 * every send ran exactly once (one confirmation and one reminder per participant, job log), no incident,
 * no PostgreSQL deadlock; printed: completions/s per node, jobs per node and jobs/s, failed attempts
 * (optimistic locking between nodes, retried by the engine). Writes target/benchmark/cluster.txt.
 * Run: {@code mvn -B -Pbenchmark test -Dtest=ClusterBenchmark -Dbenchmark.nodes=3 -Dbenchmark.journeys=150}.
 */
class ClusterBenchmark {

    private static final String DATABASE = "cluster_bench";
    private static final int NODES = Integer.getInteger("benchmark.nodes", 3);
    private static final int JOURNEYS = Integer.getInteger("benchmark.journeys", 150);
    private static final String ADVISOR = "conseiller.beaune";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Duration DEADLINE = Duration.ofMinutes(5);
    /** Reception, agreement preparation, signature, appointment. */
    private static final int COMPLETIONS_PER_JOURNEY = 4;
    /** The booking's confirmation (phase 1) and the reminder (phase 2). */
    private static final int MESSAGES_PER_JOURNEY = 2;

    private final LocalDate today = LocalDate.now(PARIS);
    private final int smtpPort = SmtpTestServer.freePort();

    @Test
    void nodesShareTheWorkAndEveryJobRunsOnce() throws Exception {
        GreenMail smtp = SmtpTestServer.started(smtpPort);
        List<ConfigurableApplicationContext> nodes = new ArrayList<>();
        try {
            long startAll = System.nanoTime();
            for (int n = 1; n <= NODES; n++) {
                // Node 1 first, fully: it deploys the processes and seeds groups and accounts.
                nodes.add(start("node-" + n));
            }
            long startedMs = Duration.ofNanos(System.nanoTime() - startAll).toMillis();
            long deadlocksBefore = deadlocks();

            // Phase 1: all nodes complete tasks at once, each on its own journeys.
            ExecutorService pool = Executors.newFixedThreadPool(NODES);
            List<Future<NodeWork>> futures = new ArrayList<>();
            for (int n = 0; n < NODES; n++) {
                ConfigurableApplicationContext node = nodes.get(n);
                int first = n * (JOURNEYS / NODES);
                int count = n == NODES - 1 ? JOURNEYS - first : JOURNEYS / NODES;
                futures.add(pool.submit(() -> build(node, first, count)));
            }
            List<NodeWork> work = new ArrayList<>();
            for (Future<NodeWork> future : futures) {
                work.add(future.get());
            }
            pool.shutdown();
            long buildMs = work.stream().mapToLong(NodeWork::millis).max().orElse(0);

            // Booking the next appointment sends the participant its confirmation, through the nodes' job
            // executors: let those go out first, so that phase 2 times the reminders alone.
            ManagementService management = nodes.get(0).getBean(ManagementService.class);
            Outbox outbox = nodes.get(0).getBean(Outbox.class);
            HistoryService history = nodes.get(0).getBean(HistoryService.class);
            await().atMost(DEADLINE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                assertThat(outbox.findAll()).hasSize(JOURNEYS).allMatch(m -> m.getStatus() == MessageStatus.SENT
                        && m.getKind() == MessageKind.APPOINTMENT_CONFIRMED);
                assertThat(deliveryJobs(management)).isZero();
            });
            long jobsBefore = successfulJobsPerNode(history).values().stream().mapToLong(Long::longValue).sum();

            // Phase 2: every reminder timer due at once; the job executors of all nodes share them.
            List<Job> timers = reminderTimers(management);
            assertThat(timers).hasSize(JOURNEYS);
            Date past = new Date(System.currentTimeMillis() - 60_000);
            long dueAt = System.nanoTime();
            timers.forEach(timer -> management.setJobDuedate(timer.getId(), past));
            await().atMost(DEADLINE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                assertThat(outbox.findAll()).hasSize(MESSAGES_PER_JOURNEY * JOURNEYS)
                        .allMatch(m -> m.getStatus() == MessageStatus.SENT);
                assertThat(pendingJobs(management)).isZero();
            });
            long jobsMs = Duration.ofNanos(System.nanoTime() - dueAt).toMillis();

            Map<String, Long> jobsPerNode = successfulJobsPerNode(history);
            Map<String, Long> perMessage = perRecipientAndSubject(smtp);
            long duplicates = perMessage.values().stream().filter(count -> count > 1).count();
            long failedAttempts = failedJobs(history);
            long incidents = nodes.get(0).getBean(org.camunda.bpm.engine.RuntimeService.class).createIncidentQuery()
                    .count();
            long deadlocks = deadlocks() - deadlocksBefore;

            StringBuilder out = new StringBuilder();
            out.append(String.format("Cluster benchmark: %d nodes on one PostgreSQL (embedded, fsync off), %d journeys,"
                    + " %d cores, nodes started in %d s%n", NODES, JOURNEYS, Runtime.getRuntime().availableProcessors(),
                    startedMs / 1000));
            out.append(String.format("%-8s | %8s | %11s | %14s | %8s%n", "node", "journeys", "completions",
                    "completions/s", "jobs run"));
            for (int n = 0; n < NODES; n++) {
                NodeWork w = work.get(n);
                String name = "node-" + (n + 1);
                out.append(String.format("%-8s | %8d | %11d | %14.1f | %8d%n", name, w.journeys(), w.completions(),
                        w.completions() * 1000.0 / w.millis(), jobsPerNode.getOrDefault(name, 0L)));
            }
            long completions = work.stream().mapToLong(NodeWork::completions).sum();
            long jobs = jobsPerNode.values().stream().mapToLong(Long::longValue).sum();
            long reminderJobs = jobs - jobsBefore;
            out.append(String.format("all      | %8d | %11d | %14.1f | %8d%n", JOURNEYS, completions,
                    completions * 1000.0 / buildMs, jobs));
            out.append(String.format("timers due -> all %d reminders sent: %d ms (%.1f jobs/s); e-mails %d (confirmations"
                    + " and reminders), duplicates %d, incidents %d, failed attempts retried %d, PostgreSQL deadlocks %d%n",
                    JOURNEYS, jobsMs, reminderJobs * 1000.0 / jobsMs, smtp.getReceivedMessages().length, duplicates,
                    incidents, failedAttempts, deadlocks));
            System.out.print(out);
            Path file = Path.of("target", "benchmark", "cluster.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, out);

            // Correctness: each timer and each send exactly once, by the nodes, without incident or deadlock.
            assertThat(smtp.getReceivedMessages()).hasSize(MESSAGES_PER_JOURNEY * JOURNEYS);
            assertThat(duplicates).isZero();
            assertThat(reminderJobs).isEqualTo(2L * JOURNEYS);
            assertThat(incidents).isZero();
            assertThat(deadlocks).isZero();
            assertThat(reminderTimers(nodes.get(NODES - 1).getBean(ManagementService.class))).isEmpty();
        } finally {
            for (ConfigurableApplicationContext node : nodes) {
                node.close();
            }
            smtp.stop();
        }
    }

    private record NodeWork(int journeys, long completions, long millis) {
    }

    private NodeWork build(ConfigurableApplicationContext node, int first, int count) {
        long start = System.nanoTime();
        for (int i = first; i < first + count; i++) {
            journeyWithNextAppointmentBooked(node, i);
        }
        return new NodeWork(count, (long) count * COMPLETIONS_PER_JOURNEY,
                Math.max(1, Duration.ofNanos(System.nanoTime() - start).toMillis()));
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
                "--camunda.bpm.generic-properties.properties.hostname=" + hostname);
    }

    /** Reception, agreement prepared and signed, a first appointment that books the next one five days on. */
    private void journeyWithNextAppointmentBooked(ConfigurableApplicationContext node, int i) {
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
    }

    private static void complete(TaskService tasks, String reference, String expectedTask, Map<String, Object> form) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(expectedTask);
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), ADVISOR);
        }
        tasks.complete(task.getId(), form);
    }

    private static List<Job> reminderTimers(ManagementService management) {
        return management.createJobQuery().processDefinitionKey(AppointmentReminderProcess.KEY)
                .activityId(AppointmentReminderProcess.Elements.REMINDER_DUE).timers().listPage(0, 2000);
    }

    private static long pendingJobs(ManagementService management) {
        return reminderTimers(management).size() + deliveryJobs(management);
    }

    private static long deliveryJobs(ManagementService management) {
        return management.createJobQuery().processDefinitionKey(MessageDeliveryProcess.KEY).count();
    }

    /** Successful jobs of the reminder and delivery processes, by the hostname of the engine that ran them. */
    private static Map<String, Long> successfulJobsPerNode(HistoryService history) {
        List<HistoricJobLog> logs = new ArrayList<>(history.createHistoricJobLogQuery().successLog()
                .processDefinitionKey(AppointmentReminderProcess.KEY).listPage(0, 2000));
        logs.addAll(history.createHistoricJobLogQuery().successLog().processDefinitionKey(MessageDeliveryProcess.KEY)
                .listPage(0, 2000));
        return logs.stream().collect(Collectors.groupingBy(HistoricJobLog::getHostname, TreeMap::new,
                Collectors.counting()));
    }

    private static long failedJobs(HistoryService history) {
        return history.createHistoricJobLogQuery().failureLog().processDefinitionKey(AppointmentReminderProcess.KEY)
                .count()
                + history.createHistoricJobLogQuery().failureLog().processDefinitionKey(MessageDeliveryProcess.KEY)
                        .count();
    }

    /** Deadlocks PostgreSQL detected (and broke) in the benchmark's database since the server started. */
    private static long deadlocks() throws SQLException {
        try (Connection connection = DriverManager.getConnection(EmbeddedPostgresSupport.jdbcUrl(DATABASE),
                EmbeddedPostgresSupport.USERNAME, EmbeddedPostgresSupport.PASSWORD);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "select deadlocks from pg_stat_database where datname = current_database()")) {
            result.next();
            return result.getLong(1);
        }
    }

    /** E-mails received per recipient and subject: each participant gets one confirmation and one reminder. */
    private static Map<String, Long> perRecipientAndSubject(GreenMail smtp) {
        List<String> recipients = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            try {
                recipients.add(mail.getAllRecipients()[0] + " " + mail.getSubject());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return recipients.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static String email(int i) {
        return "grappe." + i + "@example.org";
    }
}
