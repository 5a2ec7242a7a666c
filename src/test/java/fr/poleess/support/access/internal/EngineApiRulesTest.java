package fr.poleess.support.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.poleess.support.access.internal.EngineApiRules.Check;
import fr.poleess.support.access.internal.EngineApiRules.Role;

/** The allow-list as a table: which call each role may make, and what is checked beyond the path. */
class EngineApiRulesTest {

    @ParameterizedTest(name = "{1} {2} as {0}: {3}")
    @CsvSource({
            // Tasklist, for everyone.
            "ADVISOR, GET, '', NONE",
            "ADVISOR, GET, user/conseiller.beaune/profile, NONE",
            "ADVISOR, POST, filter/f1/list, NONE",
            "ADVISOR, GET, task/t1/form-variables, NONE",
            "ADVISOR, GET, task/t1/variables/journeyId, NONE",
            "ADVISOR, POST, task/t1/claim, NONE",
            "ADVISOR, POST, task/t1/submit-form, TASK_FORM",
            "ADVISOR, POST, task/t1/complete, TASK_FORM",
            "ADVISOR, GET, process-definition/key/ParticipantJourneyProcess/startForm, NONE",
            "ADVISOR, POST, process-definition/key/ParticipantJourneyProcess/submit-form, START_FORM",
            "ADVISOR, POST, process-definition/ParticipantJourneyProcess:1:abc/submit-form, START_FORM",
            // Cockpit, for managers.
            "MANAGER, GET, process-definition/statistics, NONE",
            "MANAGER, POST, history/process-instance/count, NONE",
            "MANAGER, GET, process-instance/p1/activity-instances, NONE",
            "MANAGER, PUT, job/j1/retries, PROCESS_JOB",
            "MANAGER, POST, group, NONE" })
    void allowed(Role role, String method, String path, Check check) {
        assertThat(EngineApiGuard.allowed(method, path, role)).hasValueSatisfying(
                rule -> assertThat(rule.check()).isEqualTo(check));
    }

    @ParameterizedTest(name = "{1} {2} as {0}: refused")
    @CsvSource({
            "ADVISOR, GET, process-definition/statistics",
            "ADVISOR, GET, process-definition/key/ParticipantJourneyProcess/statistics",
            "ADVISOR, GET, process-instance",
            "ADVISOR, POST, process-definition/key/ParticipantJourneyProcess/start",
            "ADVISOR, POST, task/create",
            "ADVISOR, POST, task/t1/variables",
            "ADVISOR, PUT, task/t1/localVariables/journeyId",
            "ADVISOR, DELETE, job/j1",
            "ADVISOR, PUT, job/j1/retries",
            "ADVISOR, POST, signal",
            "ADVISOR, POST, message",
            "MANAGER, POST, signal",
            "MANAGER, POST, message",
            "MANAGER, POST, job/j1/execute",
            "MANAGER, PUT, job/j1/duedate",
            "MANAGER, DELETE, job/j1",
            "MANAGER, POST, history/cleanup",
            "MANAGER, POST, process-instance/p1/modification",
            "MANAGER, PUT, process-instance/p1/variables/journeyId",
            "MANAGER, POST, process-instance/p1/variables",
            "MANAGER, DELETE, process-instance/p1",
            "MANAGER, PUT, process-instance/p1/suspended",
            "MANAGER, POST, execution/e1/localVariables",
            "MANAGER, POST, deployment/create",
            "MANAGER, POST, decision-definition/key/territory-routing/evaluate",
            "MANAGER, POST, user/create" })
    void refused(Role role, String method, String path) {
        assertThat(EngineApiGuard.allowed(method, path, role)).isEmpty();
    }
}
