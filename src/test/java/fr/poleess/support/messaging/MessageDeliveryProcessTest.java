package fr.poleess.support.messaging;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import fr.poleess.support.messaging.MessageDeliveryProcess.Beans;
import fr.poleess.support.messaging.MessageDeliveryProcess.Elements;
import fr.poleess.support.messaging.MessageDeliveryProcess.Variables;

/** Every path of "Envoi d'un message": e-mail sent, e-mail retried with back-off then incident, call task. */
@Deployment(resources = { MessageDeliveryProcess.RESOURCE, "forms/call-participant.form" })
class MessageDeliveryProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("process-tests.cfg.xml").build();

    ProcessEngine processEngine;
    final List<String> calls = new ArrayList<>();
    boolean smtpDown;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(new Date(1_780_000_000_000L));
        Mocks.register(Beans.SEND_EMAIL, (JavaDelegate) execution -> {
            calls.add(Beans.SEND_EMAIL);
            if (smtpDown) {
                throw new IllegalStateException("Connexion SMTP refusée");
            }
        });
        Mocks.register(Beans.CALL_PREPARED, (TaskListener) task -> {
            calls.add(Beans.CALL_PREPARED);
            task.setVariableLocal(Variables.MESSAGE_TEXT, "Bonjour");
        });
        Mocks.register(Beans.PARTICIPANT_CALLED, (TaskListener) task -> calls.add(Beans.PARTICIPANT_CALLED));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void anEmailIsSentByAnAsynchronousJob() {
        ProcessInstance instance = start("EMAIL");

        assertThat(instance).isWaitingAt(Elements.SEND_EMAIL);
        Assertions.assertThat(calls).as("nothing sent in the transaction that queued it").isEmpty();
        execute(job());

        assertThat(instance).hasPassedInOrder(Elements.START, Elements.CHANNEL, Elements.SEND_EMAIL, Elements.SENT)
                .isEnded();
        Assertions.assertThat(calls).containsExactly(Beans.SEND_EMAIL);
    }

    @Test
    void aFailingSendIsRetriedAfter1_5_15_60_240MinutesThenLeavesAnIncident() {
        smtpDown = true;
        ProcessInstance instance = start("EMAIL");
        assertThat(instance).isWaitingAt(Elements.SEND_EMAIL);
        List<Duration> delays = new ArrayList<>();

        for (int attempt = 0; attempt < 10; attempt++) {
            Job job = job();
            if (job.getRetries() == 0) {
                break;
            }
            ClockUtil.setCurrentTime(job.getDuedate() == null ? ClockUtil.getCurrentTime() : job.getDuedate());
            Date failedAt = ClockUtil.getCurrentTime();
            Assertions.assertThatThrownBy(() -> processEngine.getManagementService().executeJob(job.getId()));
            Job after = job();
            if (after.getRetries() > 0) {
                delays.add(Duration.between(failedAt.toInstant(), after.getDuedate().toInstant()));
            }
        }

        Assertions.assertThat(delays).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(5),
                Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(4));
        Assertions.assertThat(processEngine.getRuntimeService().createIncidentQuery()
                .processInstanceId(instance.getId()).count()).isOne();
        Assertions.assertThat(calls).hasSize(6);
        assertThat(instance).isWaitingAt(Elements.SEND_EMAIL);
    }

    @Test
    void withoutAnAddressTheReferentCallsTheParticipant() {
        ProcessInstance instance = start("CALL");

        assertThat(instance).isWaitingAt(Elements.CALL_PARTICIPANT);
        assertThat(task()).isAssignedTo("camille.bertrand").hasCandidateGroupAssociated("advisors-beaune");
        Assertions.assertThat(processEngine.getFormService().getTaskFormData(task().getId()).getCamundaFormRef().getKey())
                .isEqualTo(MessageDeliveryProcess.Forms.CALL_PARTICIPANT);
        Assertions.assertThat(taskService().getVariablesLocal(task().getId())).containsKey(Variables.MESSAGE_TEXT);
        Assertions.assertThat(runtimeService().getVariables(instance.getId())).doesNotContainKey(Variables.MESSAGE_TEXT);
        taskService().complete(task().getId(), Map.of(MessageDeliveryProcess.CallForm.PASSED_ON, true));

        assertThat(instance).hasPassed(Elements.CALLED).hasNotPassed(Elements.SEND_EMAIL).isEnded();
        Assertions.assertThat(calls).containsExactly(Beans.CALL_PREPARED, Beans.PARTICIPANT_CALLED);
    }

    private ProcessInstance start(String channel) {
        return runtimeService().startProcessInstanceByKey(MessageDeliveryProcess.KEY, "BEA-2026-0001",
                Map.of(Variables.MESSAGE_ID, 42L, Variables.CHANNEL, channel, Variables.REFERENT_ADVISOR,
                        "camille.bertrand", Variables.ADVISORS_GROUP, "advisors-beaune"));
    }
}
