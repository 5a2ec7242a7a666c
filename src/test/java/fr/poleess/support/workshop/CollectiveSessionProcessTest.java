package fr.poleess.support.workshop;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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

import fr.poleess.support.reminder.ReminderSettings;
import fr.poleess.support.workshop.CollectiveSessionProcess.Beans;
import fr.poleess.support.workshop.CollectiveSessionProcess.Elements;
import fr.poleess.support.workshop.CollectiveSessionProcess.Forms;
import fr.poleess.support.workshop.CollectiveSessionProcess.PlanningForm;
import fr.poleess.support.workshop.CollectiveSessionProcess.SlotChangeForm;
import fr.poleess.support.workshop.CollectiveSessionProcess.Variables;

/**
 * Every path of {@code collective-session.bpmn} on an in-memory engine: planned through the API, from the
 * start form, or in the monthly planning task (planned or skipped); slot reminders (two days before at 9 h,
 * the day before, none) fired by executing their jobs; attendance per slot; prospects' journeys; cancellation.
 */
@Deployment(resources = { CollectiveSessionProcess.RESOURCE, "forms/" + Forms.PLANNING + ".form",
        "forms/" + Forms.ATTENDANCE + ".form", "forms/" + Forms.PROSPECT_JOURNEY + ".form",
        "forms/" + Forms.SLOT_CHANGE + ".form" })
class CollectiveSessionProcessTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("process-tests.cfg.xml").build();

    ProcessEngine processEngine;

    /** Slot id → its start and duration (minutes), as the schedule bean reads them from the database. */
    final Map<Long, LocalDateTime> slotStarts = new HashMap<>();
    final Map<Long, Integer> slotMinutes = new HashMap<>();
    final List<String> calls = new ArrayList<>();
    /** What the attendance listener adds to continuingProspects, per slot. */
    final Map<Long, List<Long>> prospectsGoingOn = new HashMap<>();
    /** Slots cancelled in « Déplacer ou annuler le créneau ». */
    final java.util.Set<Long> cancelledSlots = new java.util.HashSet<>();

    /** Stands for {@link SessionSchedule}: same rules (ReminderSettings), times from {@link #slotStarts}. */
    public class Schedule {
        final ReminderSettings settings = ReminderSettings.defaults();

        public Date reminderAt(Object slotId) {
            return settings.appointmentReminderAt(ReminderSettings.toDate(slotStarts.get(((Number) slotId).longValue())));
        }

        public Date endsAt(Object slotId) {
            long id = ((Number) slotId).longValue();
            return ReminderSettings.toDate(slotStarts.get(id).plusMinutes(slotMinutes.get(id)));
        }

        public Date startsAt(Object slotId) {
            return ReminderSettings.toDate(slotStarts.get(((Number) slotId).longValue()));
        }

        public boolean isCancelled(Object slotId) {
            return cancelledSlots.contains(((Number) slotId).longValue());
        }

        public boolean hasEnded(Object slotId) {
            return !endsAt(slotId).after(ClockUtil.getCurrentTime());
        }
    }

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(paris(LocalDateTime.of(2026, 11, 27, 15, 0)));
        slot(101L, LocalDateTime.of(2026, 12, 3, 9, 0), 180);
        slot(102L, LocalDateTime.of(2026, 12, 10, 9, 0), 180);
        Mocks.register(Beans.SCHEDULE, new Schedule());
        Mocks.register(Beans.REGISTER_SESSION, (JavaDelegate) execution -> {
            calls.add(Beans.REGISTER_SESSION);
            execution.setVariable(Variables.SESSION_ID, 7L);
            execution.setVariable(Variables.ADVISORS_GROUP, "advisors-beaune");
        });
        Mocks.register(Beans.SESSION_PLANNED, (TaskListener) task -> {
            calls.add(Beans.SESSION_PLANNED);
            if ("PLAN".equals(task.getVariable(PlanningForm.DECISION))) {
                task.setVariable(Variables.SESSION_ID, 7L);
            }
        });
        Mocks.register(Beans.OPEN_REGISTRATIONS, (JavaDelegate) execution -> {
            calls.add(Beans.OPEN_REGISTRATIONS);
            execution.setVariable(Variables.SLOT_IDS, new ArrayList<>(List.of(101L, 102L)));
            execution.setVariable(Variables.FACILITATOR, "conseiller.beaune");
            execution.setVariable(Variables.CONTINUING_PROSPECTS, new ArrayList<Long>());
        });
        Mocks.register(Beans.REMIND_REGISTERED, delegate(Beans.REMIND_REGISTERED));
        Mocks.register(Beans.ATTENDANCE_FORM, (TaskListener) task -> { });
        Mocks.register(Beans.ATTENDANCE_RECORDED, (TaskListener) task -> {
            long slotId = ((Number) task.getVariable(Variables.SLOT_ID)).longValue();
            calls.add(Beans.ATTENDANCE_RECORDED + ":" + slotId);
            List<Long> goingOn = prospectsGoingOn.getOrDefault(slotId, List.of());
            if (!goingOn.isEmpty()) {
                @SuppressWarnings("unchecked")
                List<Object> all = new ArrayList<>((List<Object>) task.getVariable(Variables.CONTINUING_PROSPECTS));
                all.addAll(goingOn);
                task.getExecution().setVariable(Variables.CONTINUING_PROSPECTS, all);
            }
        });
        Mocks.register(Beans.SEND_ATTENDANCE, (JavaDelegate) execution -> calls.add(Beans.SEND_ATTENDANCE + ":"
                + execution.getVariable(Variables.SLOT_ID)));
        Mocks.register(Beans.PROSPECT_FORM, (TaskListener) task -> { });
        Mocks.register(Beans.PROSPECT_JOURNEY_OPENED, (TaskListener) task -> calls.add(Beans.PROSPECT_JOURNEY_OPENED + ":"
                + task.getVariable(Variables.PROSPECT_REGISTRATION_ID)));
        Mocks.register(Beans.CLOSE_SESSION, delegate(Beans.CLOSE_SESSION));
        Mocks.register(Beans.NOTIFY_CANCELLATION, delegate(Beans.NOTIFY_CANCELLATION));
        Mocks.register(Beans.SLOT_CHANGE_FORM, (TaskListener) task -> { });
        // Stands for SlotRescheduling: the slot moves (or is cancelled) where the schedule reads it.
        Mocks.register(Beans.SLOT_CHANGED, (TaskListener) task -> {
            long slotId = ((Number) task.getVariable(Variables.SLOT_ID)).longValue();
            calls.add(Beans.SLOT_CHANGED + ":" + slotId);
            if ("CANCELLED".equals(task.getVariable(SlotChangeForm.CHANGE))) {
                cancelledSlots.add(slotId);
            } else {
                slot(slotId, LocalDateTime.parse(task.getVariable(SlotChangeForm.NEW_DATE) + "T"
                        + task.getVariable(SlotChangeForm.NEW_TIME)), slotMinutes.get(slotId));
            }
            task.getExecution().removeVariables(List.of(SlotChangeForm.CHANGE, SlotChangeForm.NEW_DATE,
                    SlotChangeForm.NEW_TIME));
        });
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void plannedThroughTheApiEachSlotIsRemindedTwoDaysBeforeAtNineThenItsAttendanceTakenAndTheSessionCloses() {
        ProcessInstance instance = startPlannedByApi();

        assertThat(instance).isWaitingAt(Elements.REMINDER_DUE).hasPassed(Elements.OPEN_REGISTRATIONS)
                .hasNotPassed(Elements.REGISTER_SESSION, Elements.PLAN_SESSION);
        List<Job> reminders = timers(instance, Elements.REMINDER_DUE);
        Assertions.assertThat(reminders).extracting(Job::getDuedate).containsExactlyInAnyOrder(
                paris(LocalDateTime.of(2026, 12, 1, 9, 0)), paris(LocalDateTime.of(2026, 12, 8, 9, 0)));

        fire(instance, Elements.REMINDER_DUE, paris(LocalDateTime.of(2026, 12, 1, 9, 0)));
        Assertions.assertThat(calls).containsOnlyOnce(Beans.REMIND_REGISTERED);
        // The first slot ends at 12:00 on 3 December: « Saisir l'émargement » opens then, not before.
        Assertions.assertThat(timers(instance, Elements.SLOT_ENDED)).extracting(Job::getDuedate)
                .containsExactly(paris(LocalDateTime.of(2026, 12, 3, 12, 0)));
        fire(instance, Elements.SLOT_ENDED, paris(LocalDateTime.of(2026, 12, 3, 12, 0)));
        Task attendance = taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(Elements.RECORD_ATTENDANCE)
                .singleResult();
        assertThat(attendance).isAssignedTo("conseiller.beaune");
        Assertions.assertThat(BpmnAwareTests.taskService().getIdentityLinksForTask(attendance.getId()))
                .extracting(link -> link.getGroupId()).contains("managers", "advisors-beaune");
        complete(attendance);
        execute(jobQuery().processInstanceId(instance.getId()).activityId(Elements.SEND_ATTENDANCE).singleResult());
        Assertions.assertThat(calls).contains(Beans.ATTENDANCE_RECORDED + ":101", Beans.SEND_ATTENDANCE + ":101");
        assertThat(instance).isNotEnded();

        fire(instance, Elements.REMINDER_DUE, paris(LocalDateTime.of(2026, 12, 8, 9, 0)));
        fire(instance, Elements.SLOT_ENDED, paris(LocalDateTime.of(2026, 12, 10, 12, 0)));
        complete(taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(Elements.RECORD_ATTENDANCE).singleResult());
        execute(jobQuery().processInstanceId(instance.getId()).activityId(Elements.SEND_ATTENDANCE).singleResult());

        assertThat(instance).hasPassed(Elements.CLOSE_SESSION, Elements.SESSION_CLOSED)
                .hasNotPassed(Elements.NOT_HELD, Elements.CANCELLED).isEnded();
        Assertions.assertThat(calls).filteredOn(Beans.REMIND_REGISTERED::equals).hasSize(2);
        Assertions.assertThat(calls).endsWith(Beans.SEND_ATTENDANCE + ":102", Beans.CLOSE_SESSION);
    }

    @Test
    void plannedAtShortNoticeTheReminderIsTheDayBeforeAndTooLateThereIsNone() {
        ClockUtil.setCurrentTime(paris(LocalDateTime.of(2026, 12, 1, 18, 0)));
        ProcessInstance instance = startPlannedByApi();

        // 3 December: the day before at 9 h; 10 December: still two days before.
        Assertions.assertThat(timers(instance, Elements.REMINDER_DUE)).extracting(Job::getDuedate)
                .containsExactlyInAnyOrder(paris(LocalDateTime.of(2026, 12, 2, 9, 0)),
                        paris(LocalDateTime.of(2026, 12, 8, 9, 0)));

        ClockUtil.setCurrentTime(paris(LocalDateTime.of(2026, 12, 9, 18, 0)));
        slot(101L, LocalDateTime.of(2026, 12, 10, 8, 30), 180);
        slot(102L, LocalDateTime.of(2026, 12, 10, 14, 0), 180);
        ProcessInstance late = startPlannedByApi();
        Assertions.assertThat(timers(late, Elements.REMINDER_DUE)).isEmpty();
        Assertions.assertThat(timers(late, Elements.SLOT_ENDED)).hasSize(2);
        assertThat(late).hasPassed(Elements.MERGE_TO_SLOT_END).hasNotPassed(Elements.REMIND_REGISTERED);
    }

    @Test
    void plannedFromTheTasklistStartFormTheSessionIsRegisteredFirst() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(CollectiveSessionProcess.KEY,
                Map.of(PlanningForm.TITLE, "Construire son prévisionnel"));

        assertThat(instance).hasPassedInOrder(Elements.START, Elements.HOW_PLANNED, Elements.REGISTER_SESSION,
                Elements.MERGE_TO_OPEN, Elements.OPEN_REGISTRATIONS).isWaitingAt(Elements.REMINDER_DUE);
        Assertions.assertThat(calls).startsWith(Beans.REGISTER_SESSION, Beans.OPEN_REGISTRATIONS);
    }

    @Test
    void theMonthlyBreakfastIsPlannedInTheCoordinatorsTask() {
        ProcessInstance instance = startMonthlyProposal();
        Task planning = taskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(planning).hasDefinitionKey(Elements.PLAN_SESSION).hasCandidateGroup("managers")
                .hasCandidateGroup("advisors-chatillon");
        Assertions.assertThat(runtimeService().getVariable(instance.getId(), PlanningForm.FIRST_DATE)).isEqualTo("2027-01-08");

        complete(planning, Map.of(PlanningForm.DECISION, "PLAN"));

        assertThat(instance).hasPassed(Elements.PLANNING_DECISION, Elements.OPEN_REGISTRATIONS)
                .isWaitingAt(Elements.REMINDER_DUE);
        Assertions.assertThat(calls).startsWith(Beans.SESSION_PLANNED, Beans.OPEN_REGISTRATIONS);
    }

    @Test
    void noBreakfastThisMonthEndsWithoutASession() {
        ProcessInstance instance = startMonthlyProposal();

        complete(taskQuery().processInstanceId(instance.getId()).singleResult(), Map.of(PlanningForm.DECISION, "SKIP"));

        assertThat(instance).hasPassed(Elements.NOT_HELD).hasNotPassed(Elements.OPEN_REGISTRATIONS).isEnded();
    }

    @Test
    void prospectsWhoGoOnEachGetATaskToOpenTheirJourneyBeforeTheSessionCloses() {
        prospectsGoingOn.put(101L, List.of(501L, 502L));
        ProcessInstance instance = startPlannedByApi();
        for (Long slot : List.of(101L, 102L)) {
            fire(instance, Elements.REMINDER_DUE, null);
            fire(instance, Elements.SLOT_ENDED, null);
            complete(taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(Elements.RECORD_ATTENDANCE).singleResult());
            execute(jobQuery().processInstanceId(instance.getId()).activityId(Elements.SEND_ATTENDANCE).singleResult());
        }

        List<Task> prospects = taskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(Elements.OPEN_PROSPECT_JOURNEY).list();
        Assertions.assertThat(prospects).hasSize(2);
        assertThat(prospects.get(0)).hasCandidateGroup("advisors-beaune");
        prospects.forEach(BpmnAwareTests::complete);

        Assertions.assertThat(calls).contains(Beans.PROSPECT_JOURNEY_OPENED + ":501", Beans.PROSPECT_JOURNEY_OPENED + ":502");
        assertThat(instance).hasPassed(Elements.SESSION_CLOSED).isEnded();
    }

    @Test
    void cancellingTheSessionNotifiesTheRegisteredPeopleAndEndsIt() {
        ProcessInstance instance = startPlannedByApi();

        runtimeService().createMessageCorrelation(CollectiveSessionProcess.Messages.SESSION_CANCELLED)
                .processInstanceBusinessKey("SESSION-7").correlateWithResult();

        assertThat(instance).hasPassedInOrder(Elements.CANCELLED, Elements.NOTIFY_CANCELLATION, Elements.SESSION_CANCELLED)
                .hasNotPassed(Elements.REMIND_REGISTERED, Elements.SESSION_CLOSED).isEnded();
        Assertions.assertThat(jobQuery().processInstanceId(instance.getId()).count()).isZero();
        Assertions.assertThat(calls).containsOnlyOnce(Beans.NOTIFY_CANCELLATION);
    }

    @Test
    void movingASlotPlansItAgainAtItsNewTimeWithItsReminderAndEndTimersMoved() {
        ProcessInstance instance = startPlannedByApi();
        Task change = changeTask(instance, 101L);
        assertThat(change).hasCandidateGroup("managers").hasCandidateGroup("advisors-beaune");
        Assertions.assertThat(change.getDueDate()).isEqualTo(paris(LocalDateTime.of(2026, 12, 3, 9, 0)));

        complete(change, Map.of(SlotChangeForm.CHANGE, "MOVED", SlotChangeForm.NEW_DATE, "2026-12-17",
                SlotChangeForm.NEW_TIME, "14:00"));

        // Slot 101's timers are computed anew; slot 102 is untouched.
        Assertions.assertThat(timers(instance, Elements.REMINDER_DUE)).extracting(Job::getDuedate)
                .containsExactlyInAnyOrder(paris(LocalDateTime.of(2026, 12, 15, 9, 0)),
                        paris(LocalDateTime.of(2026, 12, 8, 9, 0)));
        Assertions.assertThat(timers(instance, Elements.SLOT_ENDED)).isEmpty();
        Task again = changeTask(instance, 101L);
        Assertions.assertThat(again.getDueDate()).isEqualTo(paris(LocalDateTime.of(2026, 12, 17, 14, 0)));
        assertThat(instance).hasPassed(Elements.SLOT_CHANGED, Elements.SLOT_OUTCOME)
                .hasNotPassed(Elements.RECORD_ATTENDANCE, Elements.SLOT_CANCELLED);
        Assertions.assertThat(calls).containsOnlyOnce(Beans.SLOT_CHANGED + ":101");

        // The old reminder date passes: nothing is sent; the new one is.
        fire(instance, Elements.REMINDER_DUE, paris(LocalDateTime.of(2026, 12, 8, 9, 0)));
        Assertions.assertThat(calls).containsOnlyOnce(Beans.REMIND_REGISTERED);
        fire(instance, Elements.REMINDER_DUE, paris(LocalDateTime.of(2026, 12, 15, 9, 0)));
        Assertions.assertThat(calls).filteredOn(Beans.REMIND_REGISTERED::equals).hasSize(2);
        Assertions.assertThat(timers(instance, Elements.SLOT_ENDED)).extracting(Job::getDuedate)
                .containsExactlyInAnyOrder(paris(LocalDateTime.of(2026, 12, 10, 12, 0)),
                        paris(LocalDateTime.of(2026, 12, 17, 17, 0)));

        // At its new end the change task closes and attendance is taken.
        fire(instance, Elements.SLOT_ENDED, paris(LocalDateTime.of(2026, 12, 10, 12, 0)));
        fire(instance, Elements.SLOT_ENDED, paris(LocalDateTime.of(2026, 12, 17, 17, 0)));
        Assertions.assertThat(taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(Elements.CHANGE_SLOT)
                .count()).isZero();
        Assertions.assertThat(taskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(Elements.RECORD_ATTENDANCE).count()).isEqualTo(2);
    }

    @Test
    void cancellingASlotRemovesItsTimersAndEndsItWithoutAttendance() {
        ProcessInstance instance = startPlannedByApi();

        complete(changeTask(instance, 102L), Map.of(SlotChangeForm.CHANGE, "CANCELLED",
                SlotChangeForm.REASON, "Salle indisponible"));

        Assertions.assertThat(timers(instance, Elements.REMINDER_DUE)).extracting(Job::getDuedate)
                .containsExactly(paris(LocalDateTime.of(2026, 12, 1, 9, 0)));
        Assertions.assertThat(timers(instance, Elements.SLOT_ENDED)).isEmpty();
        Assertions.assertThat(taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(Elements.CHANGE_SLOT)
                .list()).hasSize(1);
        assertThat(instance).hasPassed(Elements.SLOT_CANCELLED);

        fire(instance, Elements.REMINDER_DUE, null);
        fire(instance, Elements.SLOT_ENDED, null);
        complete(taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(Elements.RECORD_ATTENDANCE).singleResult());
        execute(jobQuery().processInstanceId(instance.getId()).activityId(Elements.SEND_ATTENDANCE).singleResult());

        assertThat(instance).hasPassed(Elements.SESSION_CLOSED).isEnded();
        Assertions.assertThat(calls).containsOnlyOnce(Beans.REMIND_REGISTERED).contains(Beans.SEND_ATTENDANCE + ":101")
                .doesNotContain(Beans.SEND_ATTENDANCE + ":102");
    }

    // ----------------------------------------------------------------------------------------- helpers

    private Task changeTask(ProcessInstance instance, Long slotId) {
        return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(Elements.CHANGE_SLOT).list().stream()
                .filter(t -> slotId.equals(((Number) BpmnAwareTests.taskService().getVariable(t.getId(), Variables.SLOT_ID))
                        .longValue()))
                .findFirst().orElseThrow();
    }

    private ProcessInstance startPlannedByApi() {
        return runtimeService().startProcessInstanceByKey(CollectiveSessionProcess.KEY, "SESSION-7",
                Map.of(Variables.SESSION_ID, 7L, Variables.ADVISORS_GROUP, "advisors-beaune"));
    }

    private ProcessInstance startMonthlyProposal() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.PLANNING_TASK_NEEDED, true);
        variables.put(Variables.ADVISORS_GROUP, "advisors-chatillon");
        variables.put(PlanningForm.FIRST_DATE, "2027-01-08");
        return runtimeService().startProcessInstanceByKey(CollectiveSessionProcess.KEY, "BREAKFAST-CHA-2027-01",
                variables);
    }

    private void slot(Long id, LocalDateTime start, int minutes) {
        slotStarts.put(id, start);
        slotMinutes.put(id, minutes);
    }

    private List<Job> timers(ProcessInstance instance, String activityId) {
        return jobQuery().processInstanceId(instance.getId()).activityId(activityId).list();
    }

    /** Moves the clock to the earliest such timer (or to {@code at}) and executes it. */
    private void fire(ProcessInstance instance, String activityId, Date at) {
        Job job = timers(instance, activityId).stream().min(java.util.Comparator.comparing(Job::getDuedate)).orElseThrow();
        ClockUtil.setCurrentTime(at != null ? at : job.getDuedate());
        execute(job);
    }

    private JavaDelegate delegate(String name) {
        return (DelegateExecution execution) -> calls.add(name);
    }

    static Date paris(LocalDateTime time) {
        return Date.from(time.atZone(PARIS).toInstant());
    }
}
