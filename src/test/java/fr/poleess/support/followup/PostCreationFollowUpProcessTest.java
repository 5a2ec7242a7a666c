package fr.poleess.support.followup;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import fr.poleess.support.reminder.ReminderSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import fr.poleess.support.followup.PostCreationFollowUpProcess.Beans;
import fr.poleess.support.followup.PostCreationFollowUpProcess.Elements;
import fr.poleess.support.followup.PostCreationFollowUpProcess.Variables;

/**
 * "Suivi post-création" on an in-memory engine: timers 6, 12 and 36 months after the creation date at
 * 09:00 Paris time, one message and one task per follow-up, no more follow-ups once the activity has
 * stopped, and a call-back task when the participant asks to be supported again.
 */
@Deployment(resources = { PostCreationFollowUpProcess.RESOURCE, "forms/post-creation-follow-up.form",
        "forms/resume-contact.form" })
class PostCreationFollowUpProcessTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String REFERENT = "conseiller.beaune";
    static final String GROUP = "advisors-beaune";

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("process-tests.cfg.xml").build();

    ProcessEngine processEngine;
    final List<Object> notified = new ArrayList<>();
    final List<Object> recorded = new ArrayList<>();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(paris(LocalDateTime.of(2026, 3, 20, 16, 0)));
        Mocks.register(ReminderSettings.BEAN, ReminderSettings.defaults());
        Mocks.register(Beans.NOTIFY_PARTICIPANT,
                (JavaDelegate) execution -> notified.add(execution.getVariable(Variables.MILESTONE_MONTHS)));
        Mocks.register(Beans.FOLLOW_UP_RECORDED,
                (TaskListener) task -> recorded.add(task.getVariable(Variables.MILESTONE_MONTHS)));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void threeFollowUpsAtSixTwelveAndThirtySixMonthsWhileTheActivityRuns() {
        ProcessInstance instance = start();

        followUpFallsDue(instance, 6, LocalDateTime.of(2026, 9, 2, 9, 0));
        complete(task(), Map.of(Variables.ACTIVITY_RUNNING, true, Variables.SUPPORT_REQUESTED, false));
        followUpFallsDue(instance, 12, LocalDateTime.of(2027, 3, 2, 9, 0));
        complete(task(), Map.of(Variables.ACTIVITY_RUNNING, true, Variables.SUPPORT_REQUESTED, false));
        followUpFallsDue(instance, 36, LocalDateTime.of(2029, 3, 2, 9, 0));
        complete(task(), Map.of(Variables.ACTIVITY_RUNNING, true, Variables.SUPPORT_REQUESTED, false));

        assertThat(instance).hasPassed(Elements.FOLLOW_UP_RECORDED, Elements.ACTIVITY_RUNNING,
                Elements.FOLLOW_UPS_COMPLETED).hasNotPassed(Elements.RESUME_CONTACT, Elements.ACTIVITY_STOPPED).isEnded();
        Assertions.assertThat(notified).containsExactly(6, 12, 36);
        Assertions.assertThat(recorded).containsExactly(6, 12, 36);
    }

    @Test
    void anActivityStoppedAtTwelveMonthsHasNoThirtySixMonthFollowUp() {
        ProcessInstance instance = start();

        followUpFallsDue(instance, 6, LocalDateTime.of(2026, 9, 2, 9, 0));
        complete(task(), Map.of(Variables.ACTIVITY_RUNNING, true, Variables.SUPPORT_REQUESTED, false));
        followUpFallsDue(instance, 12, LocalDateTime.of(2027, 3, 2, 9, 0));
        complete(task(), Map.of(Variables.ACTIVITY_RUNNING, false, Variables.SUPPORT_REQUESTED, false));

        assertThat(instance).hasPassed(Elements.ACTIVITY_STOPPED).hasNotPassed(Elements.FOLLOW_UPS_COMPLETED).isEnded();
        Assertions.assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .count()).isZero();
        Assertions.assertThat(notified).containsExactly(6, 12);
    }

    @Test
    void aParticipantWhoAsksForSupportAgainIsCalledBackAndTheFollowUpsGoOn() {
        ProcessInstance instance = start();
        followUpFallsDue(instance, 6, LocalDateTime.of(2026, 9, 2, 9, 0));

        complete(task(), Map.of(Variables.ACTIVITY_RUNNING, true, Variables.SUPPORT_REQUESTED, true));

        assertThat(instance).isWaitingAt(Elements.RESUME_CONTACT);
        Task callBack = task();
        Assertions.assertThat(callBack.getName()).isEqualTo("Reprendre contact pour un nouvel accompagnement");
        assertAssignedToReferent(callBack);
        complete(callBack, Map.of("contactResumed", true));

        assertThat(instance).hasPassed(Elements.CONTACT_RESUMED).isWaitingAt(Elements.FOLLOW_UP_DUE);
        Assertions.assertThat(job().getDuedate()).isEqualTo(paris(LocalDateTime.of(2027, 3, 2, 9, 0)));
    }

    private void followUpFallsDue(ProcessInstance instance, int months, LocalDateTime expectedDue) {
        assertThat(instance).isWaitingAt(Elements.FOLLOW_UP_DUE);
        Assertions.assertThat(job().getDuedate()).as("due date of the %s-month follow-up", months)
                .isEqualTo(paris(expectedDue));
        ClockUtil.setCurrentTime(job().getDuedate());
        execute(job());
        assertThat(instance).isWaitingAt(Elements.HOLD_FOLLOW_UP);
        Assertions.assertThat(task().getName()).isEqualTo("Suivi post-création à " + months + " mois");
        assertAssignedToReferent(task());
        Assertions.assertThat(notified).last().isEqualTo(months);
    }

    /** The referent works it; the territory team still sees it (BPMN Assert's hasCandidateGroup wants no assignee). */
    private void assertAssignedToReferent(Task task) {
        assertThat(task).isAssignedTo(REFERENT);
        Assertions.assertThat(processEngine.getTaskService().getIdentityLinksForTask(task.getId()))
                .anySatisfy(link -> {
                    Assertions.assertThat(link.getType()).isEqualTo("candidate");
                    Assertions.assertThat(link.getGroupId()).isEqualTo(GROUP);
                });
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(PostCreationFollowUpProcess.KEY, "BEA-2026-0042",
                Map.of(Variables.JOURNEY_ID, 42L, Variables.ACTIVITY_CREATED_ON, "2026-03-02",
                        Variables.REFERENT_ADVISOR, REFERENT, Variables.ADVISORS_GROUP, GROUP));
    }

    private static Date paris(LocalDateTime time) {
        return Date.from(time.atZone(PARIS).toInstant());
    }
}
