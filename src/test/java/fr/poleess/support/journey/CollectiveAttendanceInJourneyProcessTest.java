package fr.poleess.support.journey;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import fr.poleess.support.journey.JourneyProcess.Beans;
import fr.poleess.support.journey.JourneyProcess.Elements;
import fr.poleess.support.journey.JourneyProcess.Forms;
import fr.poleess.support.journey.JourneyProcess.Messages;
import fr.poleess.support.journey.JourneyProcess.Variables;

/**
 * The journey's event subprocess « Présence à un temps collectif »: it never interrupts the journey, reaches
 * only the journey it is correlated to, and opens « Absences répétées » for the referent when the
 * attendance makes two unexcused absences in a row.
 */
@Deployment(resources = { JourneyProcess.RESOURCE, "forms/" + Forms.REPEATED_ABSENCES + ".form",
        "forms/" + JourneyProcess.Forms.RECEPTION + ".form" })
class CollectiveAttendanceInJourneyProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("process-tests.cfg.xml").build();

    ProcessEngine processEngine;
    /** What « Prendre en compte la présence » finds, attendance after attendance. */
    final Deque<Boolean> repeated = new ArrayDeque<>();
    final List<Object> examined = new ArrayList<>();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        Mocks.register(Beans.COLLECTIVE_ATTENDANCE_RECEIVED, (JavaDelegate) execution -> {
            examined.add(execution.getVariable(Variables.JOURNEY_ID) + ":" + execution.getVariable(Variables.ATTENDANCE_STATUS));
            execution.setVariableLocal(Variables.REPEATED_ABSENCES, repeated.isEmpty() ? false : repeated.poll());
        });
        Mocks.register(Beans.RECEPTION_COMPLETED, (org.camunda.bpm.engine.delegate.TaskListener) task -> { });
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void anAttendanceIsTakenIntoAccountWithoutInterruptingTheJourney() {
        ProcessInstance journey = journeyAtReception("BEA-2026-0101", 101L);

        correlate(journey, "PRESENT");

        assertThat(journey).hasPassed(Elements.ATTENDANCE_RECEIVED, Elements.RECORD_ATTENDANCE,
                Elements.ATTENDANCE_NOTED).hasNotPassed(Elements.REPEATED_ABSENCES_TASK)
                .isWaitingAt(JourneyProcess.Elements.HOLD_RECEPTION);
        Assertions.assertThat(examined).containsExactly("101:PRESENT");
    }

    @Test
    void twoUnexcusedAbsencesInARowOpenRepeatedAbsencesForTheReferent() {
        ProcessInstance journey = journeyAtReception("BEA-2026-0102", 102L);
        repeated.add(false);
        repeated.add(true);

        correlate(journey, "ABSENT");
        Assertions.assertThat(taskQuery().processInstanceId(journey.getId())
                .taskDefinitionKey(Elements.REPEATED_ABSENCES_TASK).count()).isZero();
        correlate(journey, "ABSENT");

        Task task = taskQuery().processInstanceId(journey.getId()).taskDefinitionKey(Elements.REPEATED_ABSENCES_TASK)
                .singleResult();
        assertThat(task).isAssignedTo("camille.bertrand").hasName("Absences répétées");
        complete(task, Map.of(JourneyProcess.RepeatedAbsencesForm.CONTACTED, true));
        assertThat(journey).hasPassed(Elements.REPEATED_ABSENCES_HANDLED)
                .isWaitingAt(JourneyProcess.Elements.HOLD_RECEPTION);
    }

    @Test
    void theAttendanceReachesOnlyTheJourneyItIsCorrelatedTo() {
        ProcessInstance mine = journeyAtReception("BEA-2026-0103", 103L);
        ProcessInstance other = journeyAtReception("BEA-2026-0104", 104L);

        correlate(mine, "PRESENT");

        assertThat(mine).hasPassed(Elements.ATTENDANCE_RECEIVED);
        assertThat(other).hasNotPassed(Elements.ATTENDANCE_RECEIVED);
        Assertions.assertThat(examined).containsExactly("103:PRESENT");
    }

    private ProcessInstance journeyAtReception(String reference, Long journeyId) {
        return runtimeService().createProcessInstanceByKey(JourneyProcess.KEY).businessKey(reference)
                .setVariables(Map.of(Variables.JOURNEY_ID, journeyId, Variables.ADVISORS_GROUP, "advisors-beaune",
                        Variables.REFERENT_ADVISOR, "camille.bertrand", Variables.TERRITORY_CODE, "BEA"))
                .startBeforeActivity(JourneyProcess.Elements.HOLD_RECEPTION).execute();
    }

    /** As the collective-session process does: by business key and instance id, variables local to the event. */
    private void correlate(ProcessInstance journey, String status) {
        runtimeService().createMessageCorrelation(Messages.ATTENDANCE_RECORDED)
                .processInstanceBusinessKey(journey.getBusinessKey()).processInstanceId(journey.getId())
                .setVariablesLocal(Map.of(Variables.ATTENDANCE_STATUS, status, Variables.ATTENDANCE_ID, 1L,
                        Variables.ATTENDED_SESSION, "Atelier thématique « Se lancer »"))
                .correlateAllWithResult();
    }
}
