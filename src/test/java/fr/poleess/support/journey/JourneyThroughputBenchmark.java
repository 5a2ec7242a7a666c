package fr.poleess.support.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.poleess.support.EmbeddedPostgresSupport;
import fr.poleess.support.SqlStatementCounter;
import fr.poleess.support.journey.JourneyProcess.AgreementPreparationForm;
import fr.poleess.support.journey.JourneyProcess.AgreementSignatureForm;
import fr.poleess.support.journey.JourneyProcess.AppointmentForm;
import fr.poleess.support.journey.JourneyProcess.FinalReviewForm;
import fr.poleess.support.journey.JourneyProcess.ReceptionForm;
import fr.poleess.support.shared.HistoryPolicy;

/**
 * Not a test: the journey throughput and database size benchmark of docs/performance.md, run only with
 * {@code mvn -B -Pbenchmark test}. On an embedded PostgreSQL with its durable defaults (fsync on), two
 * threads walk whole journeys — opening, reception, agreement prepared and signed, six appointments,
 * final review: ten task completions with valid form values, as an advisor of Beaune with
 * authorization on — once through our listeners, services and tables, and once through the same model
 * stripped of every listener and delegate (derived with the Camunda model API: same shape, same
 * timers, same forms, same engine, same history level and history policy). Rounds alternate between
 * the two so that both see the same machine. Prints completions per second, the ratio, p50/p95 per
 * task kind, SQL statements per completion (engine's and ours) and database bytes per finished
 * journey; writes the table to target/benchmark/journey-throughput.txt.
 */
@SpringBootTest(properties = { "camunda.bpm.job-execution.enabled=false", "support.demo.enabled=false",
        "support.admin.password=Benchmark-only-2026" })
class JourneyThroughputBenchmark {

    static final int JOURNEYS = Integer.getInteger("benchmark.throughput.journeys", 2_000);
    static final int ROUNDS = 4;
    static final int THREADS = 2;
    static final int APPOINTMENTS = 6;
    static final String BARE_KEY = JourneyProcess.KEY + "Bare";
    static final String ADVISOR = "conseiller.beaune";
    static final String GROUP = "advisors-beaune";

    @Autowired
    JourneyOpening opening;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    FormService formService;
    @Autowired
    IdentityService identityService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    SqlStatementCounter counter;
    @Autowired
    JdbcTemplate jdbc;

    final String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
    final AtomicInteger sequence = new AtomicInteger();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.registerDurable(registry, "throughput_benchmark");
    }

    @TestConfiguration
    static class Counting {
        @Bean
        static SqlStatementCounter sqlStatementCounter() {
            return new SqlStatementCounter();
        }

        /** The stripped model keeps exactly what the journey's history keeps. */
        @Bean
        HistoryPolicy bareJourneyHistoryPolicy() {
            return new HistoryPolicy(BARE_KEY, JourneyProcess.HISTORY.kept(), JourneyProcess.HISTORY.keptOut());
        }
    }

    /** One side of the comparison: its figures summed over its rounds. */
    static final class Run {
        final String name;
        final Map<String, List<Long>> nanosByKind = new ConcurrentHashMap<>();
        final AtomicLong completions = new AtomicLong();
        final AtomicLong engineStatements = new AtomicLong();
        final AtomicLong ourStatements = new AtomicLong();
        long wallNanos;
        long bytes;
        long journeys;
        final Map<String, Long> bytesByTable = new HashMap<>();

        Run(String name) {
            this.name = name;
        }

        double perSecond() {
            return completions.get() / (wallNanos / 1e9);
        }
    }

    interface Walk {
        void journey(Run run) throws Exception;
    }

    @Test
    void journeysThroughOurCodeSideBySideWithTheBareEngine() throws Exception {
        deployBareModel();
        Run ours = new Run("ours");
        Run bare = new Run("bare engine");
        // Warm-up: class loading, JIT, caches of both models; not measured.
        round(new Run("warm-up"), this::ourJourney, Math.max(20, JOURNEYS / 20));
        round(new Run("warm-up"), this::bareJourney, Math.max(20, JOURNEYS / 20));
        for (int r = 0; r < ROUNDS; r++) {
            boolean bareFirst = r % 2 == 0;
            round(bareFirst ? bare : ours, bareFirst ? this::bareJourney : this::ourJourney, JOURNEYS / ROUNDS);
            round(bareFirst ? ours : bare, bareFirst ? this::ourJourney : this::bareJourney, JOURNEYS / ROUNDS);
        }
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(BARE_KEY).count()).isZero();
        report(ours, bare);
    }

    /** Walks {@code count} journeys on two threads; adds its time, counts and database growth to {@code run}. */
    private void round(Run run, Walk walk, int count) throws Exception {
        Map<String, Long> before = tableSizes();
        AtomicInteger left = new AtomicInteger(count);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            done.add(threads.submit(() -> {
                identityService.setAuthentication(ADVISOR, List.of(GROUP));
                try {
                    while (left.getAndDecrement() > 0) {
                        walk.journey(run);
                    }
                } finally {
                    identityService.clearAuthentication();
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        run.wallNanos += System.nanoTime() - start;
        threads.shutdown();
        run.journeys += count;
        Map<String, Long> after = tableSizes();
        after.forEach((table, size) -> {
            long delta = size - before.getOrDefault(table, 0L);
            run.bytes += delta;
            run.bytesByTable.merge(table, delta, Long::sum);
        });
    }

    /** Compacts every table, then reads its size with indexes and TOAST: dead rows left by the runtime tables do not count. */
    private Map<String, Long> tableSizes() {
        jdbc.execute("vacuum full");
        Map<String, Long> sizes = new HashMap<>();
        jdbc.query("""
                select c.relname, pg_total_relation_size(c.oid) from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                where c.relkind = 'r' and n.nspname = 'public'""",
                row -> {
                    sizes.put(row.getString(1).toLowerCase(Locale.ROOT), row.getLong(2));
                });
        return sizes;
    }

    private void ourJourney(Run run) {
        String name = "Débit-" + sequence.incrementAndGet();
        String processInstanceId = timed(run, "start", false, () -> opening.open(NewParticipant.builder()
                .firstName("Élodie").lastName(name).email("elodie@example.org").phone("06 12 34 56 78")
                .commune("Meursault").birthYear(1990).gender(Gender.FEMALE).situation(Situation.JOB_SEEKER)
                .mobilityConstraints(List.of(MobilityConstraint.NO_CAR)).cameThrough(CameThrough.REFERRING_PARTNER)
                .referringPartnerType(ReferringPartnerType.FRANCE_TRAVAIL).referringPartnerName("France Travail Beaune")
                .consentGiven(true).build())).getProcessInstanceId();
        walkTasks(run, processInstanceId, Map.of());
    }

    private void bareJourney(Run run) {
        String reference = "BARE-" + sequence.incrementAndGet();
        VariableMap start = Variables.createVariables().putValue(JourneyProcess.Variables.ADVISORS_GROUP, GROUP)
                .putValue(JourneyProcess.Variables.TERRITORY_CODE, "BEA")
                .putValue(JourneyProcess.Variables.JOURNEY_ID, (long) sequence.get());
        String processInstanceId = timed(run, "start", false,
                () -> runtimeService.startProcessInstanceByKey(BARE_KEY, reference, start)).getId();
        // What our listeners would have set for the gateways, assignments and timers.
        Date agreementEnd = Date.from(LocalDate.parse(today).plusMonths(9).atStartOfDay(ZoneId.of("Europe/Paris"))
                .toInstant());
        walkTasks(run, processInstanceId, Map.of(
                JourneyProcess.Elements.HOLD_RECEPTION, Map.of(JourneyProcess.Variables.REFERENT_ADVISOR, ADVISOR),
                JourneyProcess.Elements.SIGN_AGREEMENT, Map.of(JourneyProcess.Variables.AGREEMENT_END_DATE, agreementEnd)));
    }

    /** Claims the reception, then completes each task the process offers with valid values, until it ends. */
    private void walkTasks(Run run, String processInstanceId, Map<String, Map<String, Object>> extraByTask) {
        int appointments = 0;
        while (true) {
            Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
            if (task == null) {
                return;
            }
            String key = task.getTaskDefinitionKey();
            if (task.getAssignee() == null) {
                timed(run, "claim", false, () -> {
                    taskService.claim(task.getId(), ADVISOR);
                    return null;
                });
            }
            VariableMap values = Variables.createVariables();
            String kind;
            switch (key) {
            case JourneyProcess.Elements.HOLD_RECEPTION -> {
                kind = "reception";
                values.putValue(ReceptionForm.DATE, today).putValue(ReceptionForm.MODE, "OUTREACH_DESK")
                        .putValue(ReceptionForm.PROJECT_SUMMARY, "Atelier de poterie et cours pour enfants.")
                        .putValue(ReceptionForm.PROJECT_SECTOR, "CRAFTS").putValue(ReceptionForm.DECISION, "AGREEMENT");
            }
            case JourneyProcess.Elements.PREPARE_AGREEMENT -> {
                kind = "prepare agreement";
                values.putValue(AgreementPreparationForm.START_DATE, today)
                        .putValue(AgreementPreparationForm.DURATION_MONTHS, 9L)
                        .putValue(AgreementPreparationForm.OBJECTIVES, "Construire le prévisionnel et trouver un local.")
                        .putValue(AgreementPreparationForm.PLANNED_ACTIVITIES,
                                SpinValues.jsonValue("[\"THEMATIC_WORKSHOPS\",\"BREAKFAST\"]").create());
            }
            case JourneyProcess.Elements.SIGN_AGREEMENT -> {
                kind = "sign agreement";
                values.putValue(AgreementSignatureForm.SIGNED_ON, today).putValue(AgreementSignatureForm.CONFIRMED, true);
            }
            case JourneyProcess.Elements.HOLD_APPOINTMENT -> {
                kind = "appointment";
                appointments++;
                values.putValue(AppointmentForm.DATE, today).putValue(AppointmentForm.TIME, "14:30")
                        .putValue(AppointmentForm.DURATION_MINUTES, 60L).putValue(AppointmentForm.MODE, "VIDEO")
                        .putValue(AppointmentForm.STEPS_DONE, "Devis du four obtenu.")
                        .putValue(AppointmentForm.DECISION, appointments < APPOINTMENTS ? "CONTINUE" : "CLOSE");
            }
            case JourneyProcess.Elements.FINAL_REVIEW -> {
                kind = "final review";
                values.putValue(FinalReviewForm.OUTCOME, "ACTIVITY_CREATED").putValue(FinalReviewForm.OUTCOME_DATE, today)
                        .putValue(FinalReviewForm.PATH_SUMMARY, "Atelier de poterie ouvert à Meursault.")
                        .putValue(FinalReviewForm.LEGAL_FORM, "MICRO_ENTREPRISE")
                        .putValue(FinalReviewForm.ACTIVITY_CREATED_ON, today)
                        .putValue(FinalReviewForm.SIRET, "41200000000106").putValue(FinalReviewForm.JOBS_CREATED, 1L);
            }
            default -> throw new IllegalStateException("Unexpected task " + key);
            }
            values.putAll(extraByTask.getOrDefault(key, Map.of()));
            timed(run, kind, true, () -> {
                formService.submitTaskForm(task.getId(), values);
                return null;
            });
        }
    }

    private interface Call<T> {
        T call();
    }

    private <T> T timed(Run run, String kind, boolean completion, Call<T> call) {
        SqlStatementCounter.Counts counts = counter.start();
        long start = System.nanoTime();
        T result;
        try {
            result = call.call();
        } finally {
            long nanos = System.nanoTime() - start;
            counter.stop();
            run.nanosByKind.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(nanos);
            run.engineStatements.addAndGet(counts.engine());
            run.ourStatements.addAndGet(counts.ours());
        }
        if (completion) {
            run.completions.incrementAndGet();
        }
        return result;
    }

    /**
     * The journey model with every task and execution listener removed and each delegate replaced by
     * an expression that does nothing, under its own key: the same elements, flows, timers and forms.
     */
    private void deployBareModel() throws IOException {
        BpmnModelInstance model;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(JourneyProcess.RESOURCE)) {
            model = Bpmn.readModelFromStream(in);
        }
        List<ModelElementInstance> listeners = new ArrayList<>();
        listeners.addAll(model.getModelElementsByType(CamundaTaskListener.class));
        listeners.addAll(model.getModelElementsByType(CamundaExecutionListener.class));
        for (ModelElementInstance listener : listeners) {
            listener.getParentElement().removeChildElement(listener);
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            if (task.getCamundaDelegateExpression() != null) {
                task.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "delegateExpression");
                task.setCamundaExpression("${true}");
            }
        }
        model.getModelElementsByType(Process.class).forEach(process -> process.setId(BARE_KEY));
        DeploymentBuilder deployment = repositoryService.createDeployment().name("journey-benchmark-bare")
                .addModelInstance("participant-journey-bare.bpmn", model);
        for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
            try (InputStream in = form.getInputStream()) {
                deployment.addInputStream("forms/" + form.getFilename(), new ByteArrayInputStream(in.readAllBytes()));
            }
        }
        deployment.deploy();
        if (authorizationService.createAuthorizationQuery().groupIdIn(GROUP).resourceType(Resources.PROCESS_DEFINITION)
                .resourceId(BARE_KEY).count() == 0) {
            Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(GROUP);
            grant.setResource(Resources.PROCESS_DEFINITION);
            grant.setResourceId(BARE_KEY);
            grant.addPermission(ProcessDefinitionPermissions.READ);
            grant.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
            authorizationService.saveAuthorization(grant);
        }
    }

    private void report(Run ours, Run bare) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT,
                "Journey throughput benchmark (embedded PostgreSQL %s, fsync=%s, synchronous_commit=%s, history %s, %d threads, %d journeys per side in %d rounds, %d completions per journey)%n",
                jdbc.queryForObject("show server_version", String.class), jdbc.queryForObject("show fsync", String.class),
                jdbc.queryForObject("show synchronous_commit", String.class),
                historyLevel(),
                THREADS, ours.journeys, ROUNDS, APPOINTMENTS + 4));
        out.append(String.format(Locale.ROOT, "%-22s %14s %14s%n", "", "ours", "bare engine"));
        out.append(String.format(Locale.ROOT, "%-22s %14.1f %14.1f   ratio %.0f %% (goal >= 80 %%, and >= 335/s)%n",
                "completions/s", ours.perSecond(), bare.perSecond(), 100 * ours.perSecond() / bare.perSecond()));
        out.append(String.format(Locale.ROOT, "%-22s %14.1f %14.1f%n", "journeys/s", ours.journeys / (ours.wallNanos / 1e9),
                bare.journeys / (bare.wallNanos / 1e9)));
        out.append(String.format(Locale.ROOT, "%-22s %14.1f %14.1f   (all calls: starts, claims, completions)%n",
                "engine SQL/completion", (double) ours.engineStatements.get() / ours.completions.get(),
                (double) bare.engineStatements.get() / bare.completions.get()));
        out.append(String.format(Locale.ROOT, "%-22s %14.1f %14.1f%n", "our SQL/completion",
                (double) ours.ourStatements.get() / ours.completions.get(),
                (double) bare.ourStatements.get() / bare.completions.get()));
        out.append(String.format(Locale.ROOT, "%-22s %14.0f %14.0f   ratio %.2f (goal <= 1.5)%n",
                "bytes/finished journey", (double) ours.bytes / ours.journeys, (double) bare.bytes / bare.journeys,
                (double) ours.bytes / bare.bytes));
        out.append("latency p50 / p95 (ms) by call:\n");
        for (String kind : List.of("start", "claim", "reception", "prepare agreement", "sign agreement", "appointment",
                "final review")) {
            out.append(String.format(Locale.ROOT, "  %-20s %6.1f / %6.1f   %6.1f / %6.1f%n", kind,
                    percentile(ours, kind, 50), percentile(ours, kind, 95), percentile(bare, kind, 50),
                    percentile(bare, kind, 95)));
        }
        out.append("largest growth by table (KiB per finished journey), ours: ").append(top(ours)).append('\n');
        out.append("largest growth by table (KiB per finished journey), bare: ").append(top(bare)).append('\n');
        System.out.println("\n" + out);
        Path file = Path.of("target", "benchmark", "journey-throughput.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
    }

    private String historyLevel() {
        return switch (jdbc.queryForObject("select value_ from act_ge_property where name_ = 'historyLevel'",
                String.class)) {
        case "0" -> "none";
        case "1" -> "activity";
        case "2" -> "audit";
        case "3" -> "full";
        default -> "custom";
        };
    }

    private static String top(Run run) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        run.bytesByTable.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        StringBuilder text = new StringBuilder();
        sorted.forEach((table, bytes) -> text.append(String.format(Locale.ROOT, "%s %.1f; ", table,
                bytes / 1024.0 / run.journeys)));
        return text.toString();
    }

    private static double percentile(Run run, String kind, int percent) {
        List<Long> nanos = run.nanosByKind.get(kind);
        if (nanos == null || nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
