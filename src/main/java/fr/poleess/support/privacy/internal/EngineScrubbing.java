package fr.poleess.support.privacy.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Removes a person from the engine's tables. First through the engine: the running instances whose
 * business key is one of the journeys' references (the journey, its referrals, reminders, follow-ups,
 * message deliveries) are deleted without running their listeners, so no task, timer or message is
 * left and nothing more goes out; then their history is deleted (variables, details and their byte
 * arrays, tasks, comments, user operation log, job log, incidents, decisions). Then, because older
 * data copied personal values elsewhere (a prospect's name typed in a collective session's form, a
 * participant's name copied on a task, an address in an SMTP error), every remaining value of the
 * engine's variable, history and byte-array tables is searched for the person's name, e-mail and
 * phone and removed where found.
 */
@Component
class EngineScrubbing {

    static final String DELETE_REASON = "Effacement des données personnelles";

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final TaskService taskService;
    private final JdbcTemplate jdbc;
    private final ProcessEngine processEngine;

    EngineScrubbing(RuntimeService runtimeService, HistoryService historyService, TaskService taskService,
            JdbcTemplate jdbc, ProcessEngine processEngine) {
        this.processEngine = processEngine;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.taskService = taskService;
        this.jdbc = jdbc;
    }

    /**
     * @param references the journeys' references, business keys of their instances
     * @param extraInstanceIds other instances about the person (message deliveries)
     * @param needles lower-case texts that identify the person (name, e-mail, phone)
     * @return what was removed, by kind, for the answer
     */
    Map<String, Integer> scrub(Collection<String> references, Collection<String> extraInstanceIds,
            Collection<String> needles) {
        Map<String, Integer> removed = new LinkedHashMap<>();
        Set<String> running = new LinkedHashSet<>();
        for (String reference : references) {
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).list()
                    .forEach(p -> running.add(p.getRootProcessInstanceId() != null ? p.getRootProcessInstanceId() : p.getId()));
        }
        for (String id : extraInstanceIds) {
            ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
            if (instance != null) {
                running.add(instance.getRootProcessInstanceId() != null ? instance.getRootProcessInstanceId() : id);
            }
        }
        if (!running.isEmpty()) {
            inItsOwnCommand(() -> runtimeService.deleteProcessInstancesIfExists(new ArrayList<>(running), DELETE_REASON,
                    true, true, false));
        }
        removed.put("runningInstancesCancelled", running.size());

        Set<String> historic = new LinkedHashSet<>();
        for (String reference : references) {
            historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).list()
                    .forEach(h -> historic.add(h.getId()));
        }
        historic.addAll(extraInstanceIds);
        // Called processes without the business key: found through their root.
        for (String root : new ArrayList<>(historic)) {
            historyService.createHistoricProcessInstanceQuery().rootProcessInstanceId(root).list()
                    .stream().map(HistoricProcessInstance::getId).forEach(historic::add);
        }
        if (!historic.isEmpty()) {
            inItsOwnCommand(() -> historyService.deleteHistoricProcessInstancesIfExists(new ArrayList<>(historic)));
        }
        removed.put("historicInstancesDeleted", historic.size());
        removed.put("valuesFoundElsewhere", scrubValues(needles));
        return removed;
    }

    /** Removes the rows of the engine's tables whose text or bytes contain one of the needles. */
    int scrubValues(Collection<String> needles) {
        List<String> patterns = needles.stream().filter(n -> n != null && n.length() >= 4)
                .map(n -> "%" + n.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .distinct().toList();
        if (patterns.isEmpty()) {
            return 0;
        }
        int count = 0;
        // Running variables go through the engine, which also removes their byte arrays.
        for (Map<String, Object> row : jdbc.queryForList("select id_, name_, execution_id_, task_id_ from ACT_RU_VARIABLE where "
                + matching(patterns.size(), "text_", "text2_"), args(patterns, 2))) {
            inItsOwnCommand(() -> removeRunningVariable(row));
            count++;
        }
        List<String> lowerNeedles = needles.stream().filter(n -> n != null && n.length() >= 4)
                .map(n -> n.toLowerCase(Locale.ROOT)).distinct().toList();
        List<String> found = containing("select id_, bytes_ from ACT_GE_BYTEARRAY where deployment_id_ is null"
                + " and bytes_ is not null", lowerNeedles);
        for (String comment : containing("select id_, full_msg_ from ACT_HI_COMMENT where full_msg_ is not null",
                lowerNeedles)) {
            count += jdbc.update("delete from ACT_HI_COMMENT where id_ = ?", comment);
        }
        for (String id : found) {
            for (Map<String, Object> row : jdbc.queryForList(
                    "select id_, name_, execution_id_, task_id_ from ACT_RU_VARIABLE where bytearray_id_ = ?", id)) {
                inItsOwnCommand(() -> anonymiseRunningVariable(row, lowerNeedles));
            }
            jdbc.update("delete from ACT_HI_DETAIL where bytearray_id_ = ?", id);
            jdbc.update("delete from ACT_HI_VARINST where bytearray_id_ = ?", id);
            jdbc.update("update ACT_HI_JOB_LOG set job_exception_stack_id_ = null where job_exception_stack_id_ = ?", id);
            jdbc.update("update ACT_RU_JOB set exception_stack_id_ = null where exception_stack_id_ = ?", id);
            jdbc.update("update ACT_RU_EXT_TASK set error_details_id_ = null where error_details_id_ = ?", id);
            jdbc.update("update ACT_HI_EXT_TASK_LOG set error_details_id_ = null where error_details_id_ = ?", id);
            count += jdbc.update("delete from ACT_GE_BYTEARRAY where id_ = ? and not exists"
                    + " (select 1 from ACT_RU_VARIABLE where bytearray_id_ = ?)", id, id);
        }
        count += jdbc.update("delete from ACT_HI_DETAIL where " + matching(patterns.size(), "text_", "text2_"),
                args(patterns, 2));
        count += jdbc.update("delete from ACT_HI_VARINST where " + matching(patterns.size(), "text_", "text2_"),
                args(patterns, 2));
        count += jdbc.update("delete from ACT_HI_COMMENT where " + matching(patterns.size(), "message_"),
                args(patterns, 1));
        count += jdbc.update("delete from ACT_HI_OP_LOG where " + matching(patterns.size(), "org_value_", "new_value_"),
                args(patterns, 2));
        count += jdbc.update("update ACT_HI_TASKINST set name_ = '" + PersonalDataTables.ERASED + "', description_ = null where "
                + matching(patterns.size(), "name_", "description_"), args(patterns, 2));
        count += jdbc.update("update ACT_RU_TASK set description_ = null where " + matching(patterns.size(), "description_"),
                args(patterns, 1));
        count += jdbc.update("update ACT_HI_JOB_LOG set job_exception_msg_ = '" + PersonalDataTables.ERASED + "' where "
                + matching(patterns.size(), "job_exception_msg_"), args(patterns, 1));
        count += jdbc.update("update ACT_RU_JOB set exception_msg_ = '" + PersonalDataTables.ERASED + "' where "
                + matching(patterns.size(), "exception_msg_"), args(patterns, 1));
        count += jdbc.update("update ACT_HI_INCIDENT set incident_msg_ = '" + PersonalDataTables.ERASED + "' where "
                + matching(patterns.size(), "incident_msg_"), args(patterns, 1));
        count += jdbc.update("update ACT_RU_INCIDENT set incident_msg_ = '" + PersonalDataTables.ERASED + "' where "
                + matching(patterns.size(), "incident_msg_"), args(patterns, 1));
        return count;
    }

    /** Ids of the rows (id, bytes) whose bytes, read as UTF-8 or Latin-1, contain one of the needles. */
    private List<String> containing(String sql, List<String> needles) {
        List<String> found = new ArrayList<>();
        jdbc.query(sql, rs -> {
            byte[] bytes = rs.getBytes(2);
            String text = new String(bytes, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            String latin = new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            for (String needle : needles) {
                if (text.contains(needle) || latin.contains(needle)) {
                    found.add(rs.getString(1));
                    return;
                }
            }
        });
        return found;
    }

    /**
     * Runs an engine call in its own command. From our API, there is no command yet: the call joins the
     * request's transaction, and the erasure is all or nothing. From an engine job (retention), every
     * call would join the job's command, which writes the instances' end only when it closes, so their
     * history could not be deleted in the same command: each call then runs in a new command and
     * transaction of its own. Both calls are idempotent: a job failing later and retried erases again
     * what is left, and erasure_record is written only with the rest of our tables.
     */
    private void inItsOwnCommand(Runnable call) {
        if (Context.getCommandContext() == null) {
            call.run();
        } else {
            engineConfiguration().getCommandExecutorTxRequiresNew().execute(commandContext -> {
                call.run();
                return null;
            });
        }
    }

    private ProcessEngineConfigurationImpl engineConfiguration() {
        return (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    }

    /**
     * A running variable holding a structure (the options of a form listing several people, say) is
     * rewritten with the person's name, e-mail and phone replaced by « Anonyme », so that the task it
     * serves still works for the others; anything else is removed.
     */
    private void anonymiseRunningVariable(Map<String, Object> row, List<String> needles) {
        String name = (String) row.get("name_");
        String taskId = (String) row.get("task_id_");
        String executionId = (String) row.get("execution_id_");
        TypedValue value = taskId != null ? taskService.getVariableLocalTyped(taskId, name, false)
                : runtimeService.getVariableLocalTyped(executionId, name, false);
        TypedValue anonymised = null;
        if (value instanceof SerializableValue serializable && serializable.getValueSerialized() != null) {
            String text = replaced(serializable.getValueSerialized(), needles);
            if (value instanceof ObjectValue object) {
                anonymised = Variables.serializedObjectValue(text).serializationDataFormat(object.getSerializationDataFormat())
                        .objectTypeName(object.getObjectTypeName()).create();
            } else if (value.getType() != null && "json".equals(value.getType().getName())) {
                anonymised = SpinValues.jsonValue(text).create();
            }
        }
        if (anonymised == null) {
            removeRunningVariable(row);
        } else if (taskId != null) {
            taskService.setVariableLocal(taskId, name, anonymised);
        } else {
            runtimeService.setVariableLocal(executionId, name, anonymised);
        }
    }

    private static String replaced(String text, List<String> needles) {
        String result = text;
        for (String needle : needles) {
            result = Pattern.compile(Pattern.quote(needle), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(result).replaceAll("Anonyme");
        }
        return result;
    }

    private void removeRunningVariable(Map<String, Object> row) {
        String name = (String) row.get("name_");
        String taskId = (String) row.get("task_id_");
        String executionId = (String) row.get("execution_id_");
        if (taskId != null) {
            taskService.removeVariableLocal(taskId, name);
        } else if (executionId != null) {
            runtimeService.removeVariableLocal(executionId, name);
        }
    }

    private static String matching(int patterns, String... columns) {
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < patterns; i++) {
            for (String column : columns) {
                conditions.add("lower(" + column + ") like ? escape '\\'");
            }
        }
        return "(" + String.join(" or ", conditions) + ")";
    }

    private static Object[] args(List<String> patterns, int columns) {
        List<Object> args = new ArrayList<>();
        for (String pattern : patterns) {
            for (int i = 0; i < columns; i++) {
                args.add(pattern);
            }
        }
        return args.toArray();
    }
}
