package fr.poleess.support.workshop;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import fr.poleess.support.workshop.CollectiveSessionProcess.BreakfastPlanning;

/**
 * « Petit déj' mensuel »: the timer start event reads its cron from the settings when deployed, and each
 * time its job runs, next month's breakfasts are proposed and the next month's job is scheduled.
 */
class BreakfastPlanningProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("process-tests.cfg.xml").build();

    ProcessEngine processEngine;
    final List<String> proposed = new ArrayList<>();
    String deploymentId;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        // The server's time zone reads the cron: the test pins its clock in it.
        ClockUtil.setCurrentTime(local(LocalDateTime.of(2026, 11, 27, 15, 0)));
        // Registered before deployment: the timer start event's expression is evaluated when it is deployed.
        Mocks.register(BreakfastPlanning.SETTINGS_BEAN, WorkshopSettings.defaults());
        Mocks.register(CollectiveSessionProcess.Beans.PROPOSE_BREAKFASTS,
                (JavaDelegate) execution -> proposed.add(execution.getProcessInstanceId()));
        deploymentId = repositoryService().createDeployment().addClasspathResource(BreakfastPlanning.RESOURCE).deploy()
                .getId();
    }

    @AfterEach
    void tearDown() {
        repositoryService().deleteDeployment(deploymentId, true);
        ClockUtil.reset();
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void onTheFirstOfEachMonthAtNineTheBreakfastsOfNextMonthAreProposed() {
        Job timer = jobQuery().activityId(BreakfastPlanning.START).singleResult();
        Assertions.assertThat(timer.getDuedate()).isEqualTo(local(LocalDateTime.of(2026, 12, 1, 9, 0)));
        Assertions.assertThat(proposed).isEmpty();

        ClockUtil.setCurrentTime(timer.getDuedate());
        execute(timer);

        Assertions.assertThat(proposed).hasSize(1);
        Assertions.assertThat(historyService().createHistoricActivityInstanceQuery()
                .activityId(BreakfastPlanning.PROPOSED).finished().count()).isEqualTo(1);
        Job next = jobQuery().activityId(BreakfastPlanning.START).singleResult();
        Assertions.assertThat(next.getDuedate()).isEqualTo(local(LocalDateTime.of(2027, 1, 1, 9, 0)));
    }

    @Test
    void theDefaultCronIsTheFirstOfTheMonthAtNine() {
        Assertions.assertThat(WorkshopSettings.defaults().breakfastPlanningCron()).isEqualTo("0 0 9 1 * ?");
    }

    private static Date local(LocalDateTime time) {
        return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
    }
}
