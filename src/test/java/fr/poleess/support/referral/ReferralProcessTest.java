package fr.poleess.support.referral;

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

import fr.poleess.support.referral.ReferralProcess.Answers;
import fr.poleess.support.referral.ReferralProcess.Beans;
import fr.poleess.support.referral.ReferralProcess.Elements;
import fr.poleess.support.referral.ReferralProcess.Variables;

/**
 * "Mise en lien avec un partenaire" on an in-memory engine, every path: meeting held or not at the
 * follow-up; nothing known, so one chase, then news before the delay or an automatic close; the
 * journey closing at any point. Timers fire by executing their jobs.
 */
@Deployment(resources = { ReferralProcess.RESOURCE, "forms/referral-follow-up.form", "forms/referral-last-check.form" })
class ReferralProcessTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String REFERENCE = "BEA-2026-0042";
    static final String REFERENT = "conseiller.beaune";
    static final String GROUP = "advisors-beaune";

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("process-tests.cfg.xml").build();

    ProcessEngine processEngine;
    final List<String> calls = new ArrayList<>();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(paris(LocalDateTime.of(2026, 3, 2, 10, 0)));
        Mocks.register(ReferralSettings.BEAN, ReferralSettings.defaults());
        Mocks.register(Beans.SEND_REFERRAL, (JavaDelegate) execution -> calls.add(Beans.SEND_REFERRAL));
        Mocks.register(Beans.CHASE_PARTICIPANT, (JavaDelegate) execution -> calls.add(Beans.CHASE_PARTICIPANT));
        Mocks.register(Beans.CLOSE_WITHOUT_NEWS, (JavaDelegate) execution -> calls.add(Beans.CLOSE_WITHOUT_NEWS));
        Mocks.register(Beans.FOLLOWED_UP, (TaskListener) task -> calls.add(Beans.FOLLOWED_UP + ":"
                + task.getTaskDefinitionKey()));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void meetingHeldAtTheFollowUp() {
        ProcessInstance instance = sentAndFollowUpDue();

        complete(task(), Map.of(Variables.ANSWER, Answers.HELD));

        assertThat(instance).hasPassedInOrder(Elements.SEND_REFERRAL, Elements.FOLLOW_UP_DUE, Elements.FOLLOW_UP,
                Elements.MEETING_HELD).hasNotPassed(Elements.CHASE_PARTICIPANT).isEnded();
        Assertions.assertThat(calls).containsExactly(Beans.SEND_REFERRAL, Beans.FOLLOWED_UP + ":" + Elements.FOLLOW_UP);
    }

    @Test
    void meetingNotHeldAtTheFollowUpClosesWithoutFollowUp() {
        ProcessInstance instance = sentAndFollowUpDue();

        complete(task(), Map.of(Variables.ANSWER, Answers.NOT_HELD));

        assertThat(instance).hasPassed(Elements.NO_FOLLOW_UP).hasNotPassed(Elements.CHASE_PARTICIPANT).isEnded();
    }

    @Test
    void nothingKnownChasesTheParticipantOnceAndNewsComeBeforeTheDelay() {
        ProcessInstance instance = sentAndFollowUpDue();

        complete(task(), Map.of(Variables.ANSWER, Answers.UNKNOWN));

        assertThat(instance).hasPassed(Elements.CHASE_PARTICIPANT).isWaitingAt(Elements.LAST_CHECK);
        assertThat(task()).hasName("Dernier point sur la mise en lien").isAssignedTo(REFERENT);
        assertFormRef(ReferralProcess.Forms.LAST_CHECK);
        Job noNews = job(Elements.NO_NEWS);
        Assertions.assertThat(noNews.getDuedate()).isEqualTo(paris(LocalDateTime.of(2026, 4, 1, 10, 0)));

        complete(task(), Map.of(Variables.ANSWER, Answers.HELD));

        assertThat(instance).hasPassed(Elements.MEETING_HELD_AFTER_CHASE).hasNotPassed(Elements.CLOSE_WITHOUT_NEWS)
                .isEnded();
        Assertions.assertThat(calls).containsExactly(Beans.SEND_REFERRAL, Beans.FOLLOWED_UP + ":" + Elements.FOLLOW_UP,
                Beans.CHASE_PARTICIPANT, Beans.FOLLOWED_UP + ":" + Elements.LAST_CHECK);
    }

    @Test
    void newsAfterTheChaseThatTheMeetingDidNotHappen() {
        ProcessInstance instance = sentAndFollowUpDue();
        complete(task(), Map.of(Variables.ANSWER, Answers.UNKNOWN));

        complete(task(), Map.of(Variables.ANSWER, Answers.NOT_HELD));

        assertThat(instance).hasPassed(Elements.NO_FOLLOW_UP_AFTER_CHASE).isEnded();
    }

    @Test
    void noNewsAfterTheChaseClosesByItself() {
        ProcessInstance instance = sentAndFollowUpDue();
        complete(task(), Map.of(Variables.ANSWER, Answers.UNKNOWN));

        ClockUtil.setCurrentTime(paris(LocalDateTime.of(2026, 4, 1, 10, 0)));
        execute(job(Elements.NO_NEWS));

        assertThat(instance).hasPassedInOrder(Elements.CHASE_PARTICIPANT, Elements.NO_NEWS,
                Elements.CLOSE_WITHOUT_NEWS, Elements.CLOSED_WITHOUT_NEWS).hasNotPassed(Elements.LAST_CHECK_ANSWER)
                .isEnded();
        Assertions.assertThat(calls).endsWith(Beans.CHASE_PARTICIPANT, Beans.CLOSE_WITHOUT_NEWS);
    }

    @Test
    void journeyClosedBeforeTheReferralWasSentCancelsIt() {
        ProcessInstance instance = start();
        assertThat(instance).isWaitingAt(Elements.SEND_REFERRAL);

        journeyClosed();

        assertThat(instance).hasPassed(Elements.CANCELLED).hasNotPassed(Elements.SEND_REFERRAL).isEnded();
        Assertions.assertThat(calls).isEmpty();
    }

    @Test
    void journeyClosedWhileWaitingForTheFollowUpCancelsIt() {
        ProcessInstance instance = start();
        assertThat(instance).isWaitingAt(Elements.SEND_REFERRAL);
        execute(job(Elements.SEND_REFERRAL));
        assertThat(instance).isWaitingAt(Elements.FOLLOW_UP_DUE);

        journeyClosed();

        assertThat(instance).hasPassed(Elements.CANCELLED).hasNotPassed(Elements.FOLLOW_UP).isEnded();
    }

    @Test
    void journeyClosedDuringTheLastCheckCancelsIt() {
        ProcessInstance instance = sentAndFollowUpDue();
        complete(task(), Map.of(Variables.ANSWER, Answers.UNKNOWN));

        journeyClosed();

        assertThat(instance).hasPassed(Elements.CANCELLED).hasNotPassed(Elements.CLOSE_WITHOUT_NEWS).isEnded();
    }

    /** Started, sent by its asynchronous job, and the follow-up timer fired 15 days later. */
    private ProcessInstance sentAndFollowUpDue() {
        ProcessInstance instance = start();
        assertThat(instance).isWaitingAt(Elements.SEND_REFERRAL);
        execute(job(Elements.SEND_REFERRAL));
        assertThat(instance).isWaitingAt(Elements.FOLLOW_UP_DUE);
        Assertions.assertThat(job(Elements.FOLLOW_UP_DUE).getDuedate())
                .isEqualTo(paris(LocalDateTime.of(2026, 3, 17, 10, 0)));

        ClockUtil.setCurrentTime(paris(LocalDateTime.of(2026, 3, 17, 10, 0)));
        execute(job(Elements.FOLLOW_UP_DUE));

        assertThat(instance).isWaitingAt(Elements.FOLLOW_UP);
        assertThat(task()).hasName("Suivi de la mise en lien").isAssignedTo(REFERENT);
        assertFormRef(ReferralProcess.Forms.FOLLOW_UP);
        Assertions.assertThat(BpmnAwareTests.taskService().getIdentityLinksForTask(task().getId()))
                .anySatisfy(link -> Assertions.assertThat(link.getGroupId()).isEqualTo(GROUP));
        return instance;
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(ReferralProcess.KEY, REFERENCE,
                Map.of(Variables.REFERRAL_ID, 7L, Variables.JOURNEY_ID, 42L, Variables.REFERENT_ADVISOR, REFERENT,
                        Variables.ADVISORS_GROUP, GROUP, Variables.PARTNER_NAME, "CMA Côte-d'Or"));
    }

    private void journeyClosed() {
        runtimeService().createMessageCorrelation(ReferralProcess.MESSAGE_JOURNEY_CLOSED)
                .processInstanceBusinessKey(REFERENCE).correlateAllWithResult();
    }

    private static void assertFormRef(String formId) {
        Assertions.assertThat(BpmnAwareTests.formService().getTaskFormData(task().getId()).getCamundaFormRef().getKey())
                .isEqualTo(formId);
    }

    static Date paris(LocalDateTime time) {
        return Date.from(time.atZone(PARIS).toInstant());
    }
}
