package fr.poleess.support.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.poleess.support.PostgresIntegrationTest;
import fr.poleess.support.journey.JourneyProcess.NewReceptionForm;

/**
 * Our tables and the engine share one data source and one transaction: when a step fails after the
 * real "Enregistrer le parcours" delegate wrote the participant and the journey, neither those rows
 * nor the process instance (nor its history, nor the reference counter) survive.
 */
class TransactionRollbackIntegrationTest extends PostgresIntegrationTest {

    /** The probe's failing step, instantiated by the engine from its class name in {@code rollback-probe.bpmn}. */
    public static class FailAfterWrite implements JavaDelegate {

        @Override
        public void execute(DelegateExecution execution) {
            throw new IllegalStateException("Panne simulée après l'écriture");
        }
    }

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFailureAfterTheDomainWriteRollsBackTheRowsAndTheEngineTogether() {
        repositoryService.createDeployment().name("rollback-probe").enableDuplicateFiltering(false)
                .addClasspathResource("bpmn/rollback-probe.bpmn").deploy();
        String lastName = "Rollback-" + UUID.randomUUID().toString().substring(0, 8);
        int participantsBefore = count("participant");
        int journeysBefore = count("journey");
        Integer counterBefore = counter();
        Map<String, Object> form = startForm(lastName);

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("RollbackProbeProcess", form))
                .hasMessageContaining("Panne simulée");

        assertThat(jdbc.queryForObject("select count(*) from participant where last_name = ?", Integer.class, lastName))
                .isZero();
        assertThat(count("participant")).isEqualTo(participantsBefore);
        assertThat(count("journey")).isEqualTo(journeysBefore);
        assertThat(counter()).isEqualTo(counterBefore);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("RollbackProbeProcess").count())
                .isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("RollbackProbeProcess")
                .count()).isZero();
    }

    @Test
    void theSameStepsWithoutTheFailureDoWrite() {
        // Control: the probe's first step really writes, so the test above proves a rollback, not a no-op.
        String lastName = "Control-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> form = startForm(lastName);

        String reference = runtimeService.startProcessInstanceByKey(JourneyProcess.KEY, form).getBusinessKey();

        assertThat(jdbc.queryForObject("select count(*) from participant where last_name = ?", Integer.class, lastName))
                .isOne();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(
                jdbc.queryForObject("select j.reference from journey j join participant p on p.id = j.participant_id "
                        + "where p.last_name = ?", String.class, lastName)).count()).isOne();
        assertThat(reference).startsWith("BEA-");
    }

    /** What Tasklist's start form "Nouvel accueil" submits for a person living in Pommard. */
    private static Map<String, Object> startForm(String lastName) {
        Map<String, Object> form = new HashMap<>();
        form.put(NewReceptionForm.FIRST_NAME, "Anne");
        form.put(NewReceptionForm.LAST_NAME, lastName);
        form.put(NewReceptionForm.PHONE, "06 00 00 00 01");
        form.put(NewReceptionForm.COMMUNE, "Pommard");
        form.put(NewReceptionForm.BIRTH_YEAR, 1980L);
        form.put(NewReceptionForm.GENDER, "FEMALE");
        form.put(NewReceptionForm.SITUATION, "RSA");
        form.put(NewReceptionForm.CONSENT_GIVEN, true);
        return form;
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private Integer counter() {
        return jdbc.query("select last_value from journey_reference_counter where territory_code = 'BEA'",
                rs -> rs.next() ? rs.getInt(1) : null);
    }
}
