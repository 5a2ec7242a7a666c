package fr.poleess.support.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.DefaultUriBuilderFactory;

import fr.poleess.support.PostgresIntegrationTest;
import fr.poleess.support.followup.PostCreationFollowUpProcess;
import fr.poleess.support.journey.JourneyProcess.AgreementPreparationForm;
import fr.poleess.support.journey.JourneyProcess.AgreementSignatureForm;
import fr.poleess.support.journey.JourneyProcess.AppointmentForm;
import fr.poleess.support.journey.JourneyProcess.Elements;
import fr.poleess.support.journey.JourneyProcess.FinalReviewForm;
import fr.poleess.support.journey.JourneyProcess.NewReceptionForm;
import fr.poleess.support.journey.JourneyProcess.ReceptionForm;
import fr.poleess.support.journey.JourneyProcess.Variables;
import fr.poleess.support.messaging.MessageDeliveryProcess;
import fr.poleess.support.referral.ReferralProcess;
import fr.poleess.support.reminder.AppointmentReminderProcess;
import fr.poleess.support.shared.HistoryPolicy;
import fr.poleess.support.workshop.CollectiveSessionProcess;

/**
 * The engine keeps ids, decisions and dates only, on PostgreSQL. A journey is walked to its end
 * through real task completions over the engine REST API — the start form with personal values, reception,
 * agreement, signature, appointments with notes and a home visit, a referral and its follow-up, the final review
 * with an activity created — and then no personal value is found in any {@code ACT_*} table (history, runtime
 * variables, byte arrays, read as text), while Cockpit's history of the instance still lists every step and the
 * decisions. Every personal text carries one random marker, so a single search finds any of them.
 */
class PersonalDataOutOfEngineIntegrationTest extends PostgresIntegrationTest {

    static final String ADVISOR = "conseiller.beaune";
    static final String MANAGER = "responsable";
    static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };
    static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };
    /** Every process's history allow-list, from the contract classes. */
    static final Map<String, HistoryPolicy> POLICIES = Stream.of(JourneyProcess.HISTORY, ReferralProcess.HISTORY,
            MessageDeliveryProcess.HISTORY, PostCreationFollowUpProcess.HISTORY, AppointmentReminderProcess.HISTORY,
            CollectiveSessionProcess.HISTORY).collect(Collectors.toMap(HistoryPolicy::processKey, Function.identity()));

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
    JdbcTemplate jdbc;
    @Autowired
    Journeys journeys;
    @Autowired
    TaskLabels taskLabels;

    final String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
    final Random random = new Random();
    /** In every personal text of this test: letters only, so that names and addresses pass validation. */
    String marker;
    String phone;
    JourneyApi api;

    @BeforeEach
    void client() {
        rest.getRestTemplate().setUriTemplateHandler(new DefaultUriBuilderFactory("http://127.0.0.1:" + port));
        api = new JourneyApi(rest);
        StringBuilder letters = new StringBuilder("Zq");
        random.ints(10, 'a', 'z' + 1).forEach(c -> letters.append((char) c));
        marker = letters.toString();
        phone = String.format("06 %02d %02d %02d %02d", random.nextInt(100), random.nextInt(100), random.nextInt(100),
                random.nextInt(100));
    }

    @Test
    void aJourneyWalkedToItsEndLeavesNoPersonalValueInTheEngineAndCockpitStillShowsEveryStep() {
        Long cma = createPartner();
        String instanceId = startFromTheStartForm(marker + "@example.org");
        String reference = runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult()
                .getBusinessKey();
        Journey journey = journeys.findByReference(reference).orElseThrow();

        // Whom the task is about: a label on the task itself, not a process variable.
        Task reception = onlyJourneyTask(instanceId);
        assertThat((String) taskService.getVariableLocal(reception.getId(), Variables.PARTICIPANT_NAME))
                .isEqualTo("Ysaline " + marker.toUpperCase(Locale.FRENCH) + " — Meursault");
        assertThat(runtimeService.getVariables(instanceId)).containsOnlyKeys(Variables.JOURNEY_ID,
                Variables.TERRITORY_CODE, Variables.ADVISORS_GROUP);

        complete(reception, Map.of(ReceptionForm.DATE, today, ReceptionForm.MODE, "ON_SITE",
                ReceptionForm.PROJECT_SUMMARY, "Atelier de poterie " + marker + " dans une grange",
                ReceptionForm.PROJECT_SECTOR, "CRAFTS", ReceptionForm.NEEDS, "Trouver un four " + marker,
                ReceptionForm.COMMENT, "Personne motivée " + marker, ReceptionForm.DECISION, "AGREEMENT"));
        complete(onlyJourneyTask(instanceId), Map.of(AgreementPreparationForm.START_DATE, today,
                AgreementPreparationForm.DURATION_MONTHS, 12,
                AgreementPreparationForm.OBJECTIVES, "Construire le prévisionnel " + marker,
                AgreementPreparationForm.PLANNED_WORKSHOPS, "Atelier comptabilité " + marker));
        complete(onlyJourneyTask(instanceId), Map.of(AgreementSignatureForm.SIGNED_ON, today,
                AgreementSignatureForm.CONFIRMED, true));

        Map<String, Object> first = appointment("CONTINUE");
        first.put(AppointmentForm.NEXT_APPOINTMENT_DATE, LocalDate.parse(today).plusDays(10).toString());
        first.put(AppointmentForm.NEXT_APPOINTMENT_TIME, "14:30");
        first.put(AppointmentForm.NEXT_APPOINTMENT_MODE, "HOME_VISIT");
        first.put(AppointmentForm.NEXT_APPOINTMENT_PLACE, "La ferme " + marker + ", Meursault");
        first.put(AppointmentForm.PARTNERS, List.of(cma.toString()));
        first.put(AppointmentForm.CONTACT_SHARED, List.of(cma.toString()));
        first.put(AppointmentForm.FINANCING_NEED, "SMALL");
        first.put(AppointmentForm.BANK_ACCESS, "DIFFICULT");
        complete(onlyJourneyTask(instanceId), first);

        // The referral: sent by its job, followed up after its timer, in its own process and task.
        String referral = runtimeService.createProcessInstanceQuery().processDefinitionKey(ReferralProcess.KEY)
                .processInstanceBusinessKey(reference).singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(referral)
                .activityId(ReferralProcess.Elements.SEND_REFERRAL).singleResult().getId());
        managementService.executeJob(managementService.createJobQuery().processInstanceId(referral).timers()
                .singleResult().getId());
        Task followUp = taskService.createTaskQuery().processInstanceId(referral).singleResult();
        assertThat((String) taskService.getVariableLocal(followUp.getId(), Variables.PARTICIPANT_NAME))
                .contains(marker.toUpperCase(Locale.FRENCH));
        complete(followUp, Map.of(ReferralProcess.FollowUpForm.ANSWER, ReferralProcess.Answers.HELD,
                ReferralProcess.FollowUpForm.MEETING_DATE, today,
                ReferralProcess.FollowUpForm.OUTCOME, "Immatriculation prévue " + marker));

        complete(onlyJourneyTask(instanceId), appointment("CLOSE"));
        complete(onlyJourneyTask(instanceId), Map.of(FinalReviewForm.OUTCOME, "ACTIVITY_CREATED",
                FinalReviewForm.OUTCOME_DATE, today, FinalReviewForm.PATH_SUMMARY, "Poterie ouverte " + marker,
                FinalReviewForm.LEGAL_FORM, "MICRO_ENTREPRISE", FinalReviewForm.ACTIVITY_CREATED_ON, today,
                FinalReviewForm.SIRET, "41200000000106", FinalReviewForm.JOBS_CREATED, 1,
                FinalReviewForm.COMMENT, "Bilan positif " + marker));

        assertThat(journeys.findByReference(reference).orElseThrow().getStatus()).isEqualTo(JourneyStatus.CLOSED);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PostCreationFollowUpProcess.KEY)
                .processInstanceBusinessKey(reference).count()).as("follow-up started").isOne();

        assertThat(engineTablesContaining("%" + marker + "%")).as("ACT_* columns holding a personal text").isEmpty();
        assertThat(engineTablesContaining("%" + phone + "%")).as("ACT_* columns holding the phone number").isEmpty();
        assertThat(variableRowsWithNumber(1969)).as("variable rows holding the birth year").isZero();
        assertOnlyKeptNamesInHistory(reference);
        assertCockpitShowsEveryStep(instanceId, journey);
    }

    @Test
    void aCallTaskShowsTheTextAndWhomToCallWithoutTheEngineKeepingThemAndLabelsCanBeErased() {
        String instanceId = startFromTheStartForm(null);
        String reference = runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult()
                .getBusinessKey();
        complete(onlyJourneyTask(instanceId), Map.of(ReceptionForm.DATE, today, ReceptionForm.MODE, "PHONE",
                ReceptionForm.PROJECT_SUMMARY, "Maraîchage " + marker, ReceptionForm.PROJECT_SECTOR, "AGRICULTURE",
                ReceptionForm.DECISION, "AGREEMENT"));
        complete(onlyJourneyTask(instanceId), Map.of(AgreementPreparationForm.START_DATE, today,
                AgreementPreparationForm.DURATION_MONTHS, 6, AgreementPreparationForm.OBJECTIVES, "Serres " + marker));
        complete(onlyJourneyTask(instanceId), Map.of(AgreementSignatureForm.SIGNED_ON, today,
                AgreementSignatureForm.CONFIRMED, true));
        Map<String, Object> booking = appointment("CONTINUE");
        booking.put(AppointmentForm.NEXT_APPOINTMENT_DATE, LocalDate.parse(today).plusDays(5).toString());
        booking.put(AppointmentForm.NEXT_APPOINTMENT_TIME, "09:30");
        booking.put(AppointmentForm.NEXT_APPOINTMENT_MODE, "PHONE");
        complete(onlyJourneyTask(instanceId), booking);

        // The reminder fires; without an e-mail address it becomes a call task for the referent.
        String reminder = runtimeService.createProcessInstanceQuery().processDefinitionKey(AppointmentReminderProcess.KEY)
                .processInstanceBusinessKey(reference).singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(reminder).timers()
                .singleResult().getId());
        Task call = taskService.createTaskQuery().processDefinitionKey(MessageDeliveryProcess.KEY)
                .processInstanceBusinessKey(reference).singleResult();
        assertThat((String) taskService.getVariableLocal(call.getId(), MessageDeliveryProcess.Variables.MESSAGE_TEXT))
                .startsWith("Bonjour Ysaline");
        assertThat((String) taskService.getVariableLocal(call.getId(), MessageDeliveryProcess.Variables.PARTICIPANT_NAME))
                .isEqualTo("Ysaline " + marker.toUpperCase(Locale.FRENCH) + " — Meursault — " + phone);
        assertThat(runtimeService.getVariables(call.getProcessInstanceId())).containsOnlyKeys(
                MessageDeliveryProcess.Variables.MESSAGE_ID, MessageDeliveryProcess.Variables.CHANNEL,
                MessageDeliveryProcess.Variables.REFERENT_ADVISOR, MessageDeliveryProcess.Variables.ADVISORS_GROUP);

        // Erasure: the open tasks of the journey (its own and the call) no longer say whom they are about.
        int erased = taskLabels.erase(journeys.findByReference(reference).orElseThrow().getId());

        assertThat(erased).isEqualTo(2);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(reference).list())
                .allSatisfy(task -> assertThat(taskService.getVariableLocal(task.getId(), Variables.PARTICIPANT_NAME))
                        .isEqualTo(reference));

        complete(call, Map.of(MessageDeliveryProcess.CallForm.PASSED_ON, true));
        assertThat(engineTablesContaining("%" + marker + "%")).as("ACT_* columns holding a personal text").isEmpty();
        assertThat(engineTablesContaining("%" + phone + "%")).as("ACT_* columns holding the number").isEmpty();
        assertThat(engineTablesContaining("%Bonjour Ysaline%")).as("ACT_* columns holding the message").isEmpty();
        assertOnlyKeptNamesInHistory(reference);
    }

    // ----------------------------------------------------------------------------------------- the journey

    private String startFromTheStartForm(String email) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put(NewReceptionForm.FIRST_NAME, "Ysaline");
        form.put(NewReceptionForm.LAST_NAME, marker);
        if (email != null) {
            form.put(NewReceptionForm.EMAIL, email);
        }
        form.put(NewReceptionForm.PHONE, phone);
        form.put(NewReceptionForm.ADDRESS_LINE, "3 chemin des " + marker);
        form.put(NewReceptionForm.POSTAL_CODE, "21190");
        form.put(NewReceptionForm.COMMUNE, "Meursault");
        form.put(NewReceptionForm.BIRTH_YEAR, 1969);
        form.put(NewReceptionForm.GENDER, "FEMALE");
        form.put(NewReceptionForm.SITUATION, "RSA");
        form.put(NewReceptionForm.MOBILITY_CONSTRAINTS, List.of("NO_CAR"));
        form.put(NewReceptionForm.CAME_THROUGH, "REFERRING_PARTNER");
        form.put(NewReceptionForm.REFERRING_PARTNER_TYPE, "SOCIAL_SERVICES");
        form.put(NewReceptionForm.REFERRING_PARTNER_NAME, "Assistante sociale " + marker);
        form.put(NewReceptionForm.CONSENT_GIVEN, true);
        ResponseEntity<Map<String, Object>> started = rest.withBasicAuth(ADVISOR, JourneyApi.PASSWORD).exchange(
                "/engine-rest/process-definition/key/" + JourneyProcess.KEY + "/submit-form", HttpMethod.POST,
                json(Map.of("variables", typed(form))), MAP);
        assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
        return (String) started.getBody().get("id");
    }

    private Map<String, Object> appointment(String decision) {
        Map<String, Object> form = new HashMap<>();
        form.put(AppointmentForm.DATE, today);
        form.put(AppointmentForm.TIME, "10:00");
        form.put(AppointmentForm.DURATION_MINUTES, 60);
        form.put(AppointmentForm.MODE, "HOME_VISIT");
        form.put(AppointmentForm.PLACE, "La ferme " + marker);
        form.put(AppointmentForm.STEPS_DONE, "Prévisionnel terminé " + marker);
        form.put(AppointmentForm.NOTES, "Inquiète pour son RSA " + marker);
        form.put(AppointmentForm.NEXT_STEPS, "Rencontrer la chambre des métiers " + marker);
        form.put(AppointmentForm.DECISION, decision);
        return form;
    }

    private Task onlyJourneyTask(String instanceId) {
        return taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    }

    /** Claims the task if nobody has it and submits its form through the engine REST API, as Tasklist does. */
    private void complete(Task task, Map<String, Object> values) {
        if (task.getAssignee() == null) {
            assertThat(api.claim(ADVISOR, task.getId()).getStatusCode().is2xxSuccessful()).isTrue();
        }
        ResponseEntity<String> response = api.submit(ADVISOR, task.getId(), values);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    }

    private Long createPartner() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Chambre des métiers " + marker.substring(2, 6));
        body.put("type", "PROFESSIONAL_RESOURCE");
        body.put("kind", "CMA");
        body.put("territories", List.of("BEA"));
        body.put("contactFunction", "Conseiller création");
        body.put("contactEmail", "cma@example.org");
        ResponseEntity<Map<String, Object>> created = rest.withBasicAuth(MANAGER, JourneyApi.PASSWORD)
                .exchange("/api/partners", HttpMethod.POST, json(body), MAP);
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        return ((Number) created.getBody().get("id")).longValue();
    }

    // ----------------------------------------------------------------------------------------- the checks

    /** Every column of every engine table, read as text (byte arrays decoded), that matches the pattern. */
    private List<String> engineTablesContaining(String pattern) {
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : jdbc.queryForList("""
                select table_name, column_name, data_type from information_schema.columns
                where table_schema = current_schema() and table_name like 'act\\_%'
                order by table_name, column_name""")) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            String text = "bytea".equals(column.get("data_type")) ? "encode(" + name + ", 'escape')" : name + "::text";
            Integer rows = jdbc.queryForObject("select count(*) from " + table + " where " + text + " ilike ?",
                    Integer.class, pattern);
            if (rows != null && rows > 0) {
                found.add(table + "." + name);
            }
        }
        return found;
    }

    private int variableRowsWithNumber(long value) {
        int rows = 0;
        for (String table : List.of("act_hi_varinst", "act_hi_detail", "act_ru_variable")) {
            rows += jdbc.queryForObject("select count(*) from " + table + " where long_ = ? or double_ = ? or text_ = ?",
                    Integer.class, value, (double) value, String.valueOf(value));
        }
        return rows;
    }

    /** The history of every process of the journey holds only names its contract keeps. */
    private void assertOnlyKeptNamesInHistory(String reference) {
        List<HistoricProcessInstance> instances = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(reference).list();
        assertThat(instances).isNotEmpty();
        for (HistoricProcessInstance instance : instances) {
            HistoryPolicy policy = POLICIES.get(instance.getProcessDefinitionKey());
            Set<String> kept = policy.kept();
            assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
                    .extracting(HistoricVariableInstance::getName).as("historic variables of %s",
                            instance.getProcessDefinitionKey())
                    .allMatch(kept::contains);
            for (HistoricDetail detail : historyService.createHistoricDetailQuery().processInstanceId(instance.getId())
                    .list()) {
                String name = detail instanceof HistoricVariableUpdate update ? update.getVariableName()
                        : ((HistoricFormField) detail).getFieldId();
                assertThat(kept).as("historic detail %s of %s", name, instance.getProcessDefinitionKey())
                        .contains(name);
            }
        }
    }

    /** What Cockpit reads, as the manager: every step of the journey, and its decisions. */
    private void assertCockpitShowsEveryStep(String instanceId, Journey journey) {
        List<Map<String, Object>> activities = rest.withBasicAuth(MANAGER, JourneyApi.PASSWORD).exchange(
                "/engine-rest/history/activity-instance?processInstanceId=" + instanceId + "&firstResult=0&maxResults=500", HttpMethod.GET, null, LIST)
                .getBody();
        assertThat(activities).extracting(a -> a.get("activityId")).contains(Elements.START, Elements.REGISTER_JOURNEY,
                Elements.HOLD_RECEPTION, Elements.RECEPTION_DECISION, Elements.PREPARE_AGREEMENT,
                Elements.SIGN_AGREEMENT, Elements.INDIVIDUAL_PATH, Elements.HOLD_APPOINTMENT,
                Elements.APPOINTMENT_DECISION, Elements.FINAL_REVIEW, Elements.JOURNEY_CLOSED);
        assertThat(activities.stream().filter(a -> Elements.HOLD_APPOINTMENT.equals(a.get("activityId")))).hasSize(2);
        Map<String, Object> variables = rest.withBasicAuth(MANAGER, JourneyApi.PASSWORD).exchange(
                "/engine-rest/history/variable-instance?processInstanceId=" + instanceId + "&firstResult=0&maxResults=500", HttpMethod.GET, null, LIST)
                .getBody().stream().collect(HashMap::new, (m, v) -> m.put((String) v.get("name"), v.get("value")),
                        HashMap::putAll);
        assertThat(variables).containsEntry(Variables.JOURNEY_ID, journey.getId().intValue())
                .containsEntry(Variables.RECEPTION_DECISION, "AGREEMENT")
                .containsEntry(Variables.APPOINTMENT_DECISION, "CLOSE")
                .containsEntry(Variables.OUTCOME, "ACTIVITY_CREATED")
                .containsKey(Variables.AGREEMENT_END_DATE)
                .doesNotContainKeys(NewReceptionForm.LAST_NAME, NewReceptionForm.SITUATION, ReceptionForm.NEEDS,
                        Variables.PARTICIPANT_NAME);
    }

    // ----------------------------------------------------------------------------------------- HTTP

    private static Map<String, Object> typed(Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((key, value) -> variables.put(key, value instanceof List<?> list
                ? Map.of("value", list.stream().map(e -> "\"" + e + "\"").collect(Collectors.joining(",", "[", "]")),
                        "type", "Json")
                : Map.of("value", value, "type", value instanceof Boolean ? "Boolean"
                        : value instanceof Integer ? "Long" : "String")));
        return variables;
    }

    private static <T> HttpEntity<T> json(T body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
