package fr.poleess.support.reminder;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import fr.poleess.support.reminder.AppointmentReminderProcess.Beans;
import fr.poleess.support.reminder.AppointmentReminderProcess.Elements;
import fr.poleess.support.reminder.AppointmentReminderProcess.Variables;

/** "Rappel de rendez-vous": the timer's due date from the settings, and one reminder when it fires. */
@Deployment(resources = AppointmentReminderProcess.RESOURCE)
class AppointmentReminderProcessTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("process-tests.cfg.xml").build();

    ProcessEngine processEngine;
    final List<Object> reminded = new ArrayList<>();
    final List<Object> flagged = new ArrayList<>();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(paris(LocalDateTime.of(2026, 11, 27, 15, 0)));
        Mocks.register(ReminderSettings.BEAN, ReminderSettings.defaults());
        Mocks.register(Beans.SEND_REMINDER,
                (JavaDelegate) execution -> reminded.add(execution.getVariable(Variables.APPOINTMENT_ID)));
        Mocks.register(Beans.FLAG_NOT_RECORDED,
                (JavaDelegate) execution -> flagged.add(execution.getVariable(Variables.APPOINTMENT_ID)));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void theReminderFiresTwoDaysBeforeAtNineThenAnUnrecordedAppointmentIsFlaggedTwoDaysAfter() {
        ProcessInstance instance = book(LocalDateTime.of(2026, 12, 3, 14, 30));

        assertThat(instance).isWaitingAt(Elements.REMINDER_DUE);
        Assertions.assertThat(job().getDuedate()).isEqualTo(paris(LocalDateTime.of(2026, 12, 1, 9, 0)));
        Assertions.assertThat(reminded).isEmpty();
        ClockUtil.setCurrentTime(job().getDuedate());
        execute(job());
        Assertions.assertThat(reminded).containsExactly(7L);

        assertThat(instance).isWaitingAt(Elements.NOT_RECORDED_DUE);
        Assertions.assertThat(job().getDuedate()).isEqualTo(paris(LocalDateTime.of(2026, 12, 5, 14, 30)));
        execute(job());

        assertThat(instance).hasPassedInOrder(Elements.START, Elements.REMINDER_POSSIBLE, Elements.REMINDER_DUE,
                Elements.SEND_REMINDER, Elements.NOT_RECORDED_DUE, Elements.FLAG_NOT_RECORDED, Elements.FLAGGED)
                .isEnded();
        Assertions.assertThat(reminded).containsExactly(7L);
        Assertions.assertThat(flagged).containsExactly(7L);
    }

    @Test
    void bookedAtShortNoticeTheReminderIsTheDayBefore() {
        ClockUtil.setCurrentTime(paris(LocalDateTime.of(2026, 12, 1, 18, 0)));

        ProcessInstance instance = book(LocalDateTime.of(2026, 12, 3, 14, 30));

        assertThat(instance).isWaitingAt(Elements.REMINDER_DUE);
        Assertions.assertThat(job().getDuedate()).isEqualTo(paris(LocalDateTime.of(2026, 12, 2, 9, 0)));
    }

    @Test
    void tooLateForAReminderTheAppointmentIsStillWatched() {
        ClockUtil.setCurrentTime(paris(LocalDateTime.of(2026, 12, 2, 18, 0)));

        ProcessInstance instance = book(LocalDateTime.of(2026, 12, 3, 8, 30));

        assertThat(instance).isWaitingAt(Elements.NOT_RECORDED_DUE).hasNotPassed(Elements.REMINDER_DUE);
        Assertions.assertThat(reminded).isEmpty();
    }

    @Test
    void recordingTheAppointmentEndsTheReminderWithoutFlag() {
        ProcessInstance instance = book(LocalDateTime.of(2026, 12, 3, 14, 30));
        assertThat(instance).isWaitingAt(Elements.REMINDER_DUE);
        ClockUtil.setCurrentTime(job().getDuedate());
        execute(job());

        runtimeService().correlateMessage(AppointmentReminderProcess.Messages.APPOINTMENT_RECORDED, "BEA-2026-0001");

        assertThat(instance).hasPassed(Elements.RECORDED, Elements.NO_LONGER_NEEDED)
                .hasNotPassed(Elements.FLAG_NOT_RECORDED).isEnded();
        Assertions.assertThat(flagged).isEmpty();
    }

    private ProcessInstance book(LocalDateTime appointment) {
        return runtimeService().startProcessInstanceByKey(AppointmentReminderProcess.KEY, "BEA-2026-0001",
                Map.of(Variables.APPOINTMENT_ID, 7L, Variables.APPOINTMENT_AT, paris(appointment)));
    }

    private static Date paris(LocalDateTime time) {
        return Date.from(time.atZone(PARIS).toInstant());
    }
}
