package fr.poleess.support.journey;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processDefinition;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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

import fr.poleess.support.journey.JourneyProcess.AgreementEndReviewForm;
import fr.poleess.support.journey.JourneyProcess.AgreementPreparationForm;
import fr.poleess.support.journey.JourneyProcess.AgreementSignatureForm;
import fr.poleess.support.journey.JourneyProcess.AmendmentForm;
import fr.poleess.support.journey.JourneyProcess.AppointmentForm;
import fr.poleess.support.journey.JourneyProcess.Beans;
import fr.poleess.support.journey.JourneyProcess.ContactAnswers;
import fr.poleess.support.journey.JourneyProcess.Elements;
import fr.poleess.support.journey.JourneyProcess.FinalReviewForm;
import fr.poleess.support.journey.JourneyProcess.Forms;
import fr.poleess.support.journey.JourneyProcess.InactivityChaseForm;
import fr.poleess.support.journey.JourneyProcess.InactivityDecisionForm;
import fr.poleess.support.journey.JourneyProcess.InactivityDecisions;
import fr.poleess.support.journey.JourneyProcess.NewReceptionForm;
import fr.poleess.support.journey.JourneyProcess.PathDecisions;
import fr.poleess.support.journey.JourneyProcess.PrepareFinalReviewForm;
import fr.poleess.support.journey.JourneyProcess.ReceptionDecisions;
import fr.poleess.support.journey.JourneyProcess.ReceptionForm;
import fr.poleess.support.journey.JourneyProcess.UnsignedAgreementDecisionForm;
import fr.poleess.support.journey.JourneyProcess.UnsignedAgreementDecisions;
import fr.poleess.support.journey.JourneyProcess.Variables;

/**
 * Every path of {@code participant-journey.bpmn}, on an in-memory engine without Spring: the beans of
 * {@link Beans} are stubs that behave like the real ones as far as the process is concerned.
 */
@Deployment(resources = {
        JourneyProcess.RESOURCE,
        "forms/" + Forms.NEW_RECEPTION + ".form",
        "forms/" + Forms.RECEPTION + ".form",
        "forms/" + Forms.AGREEMENT_PREPARATION + ".form",
        "forms/" + Forms.AGREEMENT_SIGNATURE + ".form",
        "forms/" + Forms.APPOINTMENT + ".form",
        "forms/" + Forms.AGREEMENT_AMENDMENT + ".form",
        "forms/" + Forms.AGREEMENT_END_REVIEW + ".form",
        "forms/" + Forms.FINAL_REVIEW + ".form",
        "forms/" + Forms.PREPARE_FINAL_REVIEW + ".form",
        "forms/" + Forms.UNSIGNED_AGREEMENT_DECISION + ".form",
        "forms/" + Forms.INACTIVITY_CHASE + ".form",
        "forms/" + Forms.INACTIVITY_DECISION + ".form",
        "forms/" + Forms.UNSIGNED_AGREEMENT_FOLLOW_UP + ".form" })
class ParticipantJourneyProcessTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 1, 5, 9, 0);
    private static final String BUSINESS_KEY = "BEA-2026-0001";
    private static final String TERRITORY = "BEA";
    private static final String GROUP = "advisors-beaune";
    private static final String ADVISOR = "camille.bertrand";
    private static final String AGREEMENT_START = "2026-01-12";
    private static final int AGREEMENT_MONTHS = 6;

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("process-tests.cfg.xml").build();

    ProcessEngine processEngine;

    /** Bean names in the order the process called them. */
    private final List<String> calls = new ArrayList<>();
    private LocalDateTime clock;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        clock = NOW;
        ClockUtil.setCurrentTime(date(clock));

        Mocks.register(Beans.REGISTER_JOURNEY, (JavaDelegate) execution -> {
            calls.add(Beans.REGISTER_JOURNEY);
            execution.setVariable(Variables.JOURNEY_ID, 42L);
            execution.setVariable(Variables.TERRITORY_CODE, TERRITORY);
            execution.setVariable(Variables.ADVISORS_GROUP, GROUP);
        });
        Mocks.register(Beans.RECEPTION_COMPLETED, listener(Beans.RECEPTION_COMPLETED,
                task -> task.setVariable(Variables.REFERENT_ADVISOR, task.getAssignee())));
        Mocks.register(Beans.AGREEMENT_PREPARED, listener(Beans.AGREEMENT_PREPARED,
                task -> task.setVariable(Variables.AGREEMENT_ID, 7L)));
        Mocks.register(Beans.AGREEMENT_SIGNED, listener(Beans.AGREEMENT_SIGNED, task -> {
            LocalDate start = LocalDate.parse((String) task.getVariable(AgreementPreparationForm.START_DATE));
            int months = ((Number) task.getVariable(AgreementPreparationForm.DURATION_MONTHS)).intValue();
            task.setVariable(Variables.AGREEMENT_END_DATE, date(start.plusMonths(months)));
        }));
        Mocks.register(Beans.APPOINTMENT_HELD, listener(Beans.APPOINTMENT_HELD, task -> { }));
        Mocks.register(Beans.AGREEMENT_AMENDED, listener(Beans.AGREEMENT_AMENDED, task -> {
            Date end = (Date) task.getVariable(Variables.AGREEMENT_END_DATE);
            int months = ((Number) task.getVariable(AmendmentForm.EXTENSION_MONTHS)).intValue();
            LocalDate newEnd = end.toInstant().atZone(PARIS).toLocalDate().plusMonths(months);
            task.setVariable(Variables.AGREEMENT_END_DATE, date(newEnd));
        }));
        Mocks.register(Beans.AGREEMENT_END_REVIEWED, listener(Beans.AGREEMENT_END_REVIEWED, task -> { }));
        Mocks.register(Beans.REFERENT_REASSIGNED, (TaskListener) task -> { });
        Mocks.register(Beans.UPCOMING_SESSION_OPTIONS, (TaskListener) task -> { });
        Mocks.register(Beans.COLLECTIVE_REGISTRATION, (TaskListener) task -> { });
        Mocks.register(fr.poleess.support.reminder.ReminderSettings.BEAN, fr.poleess.support.reminder.ReminderSettings.defaults());
        Mocks.register(Beans.REMIND_AGREEMENT_SIGNATURE,
                (JavaDelegate) execution -> calls.add(Beans.REMIND_AGREEMENT_SIGNATURE));
        Mocks.register(Beans.UNSIGNED_AGREEMENT_DECIDED, listener(Beans.UNSIGNED_AGREEMENT_DECIDED, task -> { }));
        Mocks.register(Beans.RECORD_ABANDONMENT, (JavaDelegate) execution -> calls.add(Beans.RECORD_ABANDONMENT));
        Mocks.register(Beans.INVITE_TO_RESUME_CONTACT,
                (JavaDelegate) execution -> calls.add(Beans.INVITE_TO_RESUME_CONTACT));
        Mocks.register(Beans.INACTIVITY_CHASED, listener(Beans.INACTIVITY_CHASED, task -> { }));
        // As the real listener: closing sets appointmentDecision to CLOSE, read after the sub-process.
        Mocks.register(Beans.INACTIVITY_DECIDED, listener(Beans.INACTIVITY_DECIDED, task -> {
            if (InactivityDecisions.ABANDON.equals(task.getVariable(Variables.INACTIVITY_DECISION))) {
                task.getExecution().getProcessInstance().setVariable(Variables.APPOINTMENT_DECISION,
                        PathDecisions.CLOSE);
            }
        }));
        Mocks.register(Beans.FINAL_REVIEW_COMPLETED, listener(Beans.FINAL_REVIEW_COMPLETED, task -> { }));
        Mocks.register(JourneyProcess.Beans.RECOMMEND_REFERRALS, (TaskListener) task -> { });
        Mocks.register(JourneyProcess.Beans.REFERRALS_DECIDED, (TaskListener) task -> { });
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void activityCreatedThroughFinalReview() {
        ProcessInstance journey = startJourney();
        holdReception(journey, ReceptionDecisions.AGREEMENT);
        prepareAndSignAgreement(journey);
        holdAppointment(journey, PathDecisions.CONTINUE);
        holdAppointment(journey, PathDecisions.CLOSE);
        finalReview(journey, "ACTIVITY_CREATED", withVariables(
                FinalReviewForm.LEGAL_FORM, "SCOP",
                FinalReviewForm.ACTIVITY_CREATED_ON, "2026-05-04",
                FinalReviewForm.SIRET, "12345678901234",
                FinalReviewForm.JOBS_CREATED, 2));

        assertThat(journey).isEnded()
                .hasPassedInOrder(Elements.START, Elements.REGISTER_JOURNEY, Elements.HOLD_RECEPTION,
                        Elements.PREPARE_AGREEMENT, Elements.SIGN_AGREEMENT, Elements.HOLD_APPOINTMENT,
                        Elements.HOLD_APPOINTMENT, Elements.PATH_LEFT, Elements.FINAL_REVIEW, Elements.JOURNEY_CLOSED)
                .hasPassed(Elements.INDIVIDUAL_PATH)
                .hasNotPassed(Elements.REDIRECTED, Elements.POSTPONED, Elements.AGREEMENT_ENDED,
                        Elements.REVIEW_AGREEMENT_END, Elements.AMEND_AGREEMENT)
                .variables()
                .containsEntry(Variables.OUTCOME, "ACTIVITY_CREATED")
                .containsEntry(Variables.REFERENT_ADVISOR, ADVISOR);
        Assertions.assertThat(calls).containsExactly(Beans.REGISTER_JOURNEY, Beans.RECEPTION_COMPLETED,
                Beans.AGREEMENT_PREPARED, Beans.AGREEMENT_SIGNED, Beans.APPOINTMENT_HELD, Beans.APPOINTMENT_HELD,
                Beans.FINAL_REVIEW_COMPLETED);
        Assertions.assertThat(jobQuery().count()).as("no timer left behind").isZero();
    }

    @Test
    void redirectedAtReception() {
        ProcessInstance journey = startJourney();
        holdReception(journey, ReceptionDecisions.REDIRECTED,
                withVariables(ReceptionForm.REDIRECTED_TO, "Mission locale de Beaune"));

        assertThat(journey).isEnded()
                .hasPassedInOrder(Elements.START, Elements.REGISTER_JOURNEY, Elements.HOLD_RECEPTION,
                        Elements.RECEPTION_DECISION, Elements.REDIRECTED)
                .hasNotPassed(Elements.POSTPONED, Elements.PREPARE_AGREEMENT, Elements.INDIVIDUAL_PATH);
        Assertions.assertThat(calls).containsExactly(Beans.REGISTER_JOURNEY, Beans.RECEPTION_COMPLETED);
    }

    @Test
    void postponedAtReception() {
        ProcessInstance journey = startJourney();
        holdReception(journey, ReceptionDecisions.POSTPONED);

        assertThat(journey).isEnded()
                .hasPassedInOrder(Elements.START, Elements.REGISTER_JOURNEY, Elements.HOLD_RECEPTION,
                        Elements.RECEPTION_DECISION, Elements.POSTPONED)
                .hasNotPassed(Elements.REDIRECTED, Elements.PREPARE_AGREEMENT, Elements.INDIVIDUAL_PATH);
    }

    @Test
    void abandonedMidPath() {
        ProcessInstance journey = startJourney();
        holdReception(journey, ReceptionDecisions.AGREEMENT);
        prepareAndSignAgreement(journey);
        holdAppointment(journey, PathDecisions.CLOSE);
        finalReview(journey, "ABANDONED", Map.of());

        assertThat(journey).isEnded()
                .hasPassedInOrder(Elements.SIGN_AGREEMENT, Elements.HOLD_APPOINTMENT, Elements.PATH_LEFT,
                        Elements.FINAL_REVIEW, Elements.JOURNEY_CLOSED)
                .hasNotPassed(Elements.AGREEMENT_ENDED, Elements.REVIEW_AGREEMENT_END, Elements.AMEND_AGREEMENT)
                .variables().containsEntry(Variables.OUTCOME, "ABANDONED");
        Assertions.assertThat(jobQuery().count()).as("timer removed with the sub-process").isZero();
    }

    @Test
    void agreementEndReachedThenClosed() {
        ProcessInstance journey = startJourney();
        holdReception(journey, ReceptionDecisions.AGREEMENT);
        prepareAndSignAgreement(journey);
        holdAppointment(journey, PathDecisions.CONTINUE);

        reachAgreementEnd(journey, date(LocalDate.parse(AGREEMENT_START).plusMonths(AGREEMENT_MONTHS)));
        reviewAgreementEnd(journey, PathDecisions.CLOSE);
        finalReview(journey, "SALARIED_JOB", Map.of());

        assertThat(journey).isEnded()
                .hasPassedInOrder(Elements.SIGN_AGREEMENT, Elements.AGREEMENT_ENDED, Elements.REVIEW_AGREEMENT_END,
                        Elements.FINAL_REVIEW, Elements.JOURNEY_CLOSED)
                .hasNotPassed(Elements.PATH_LEFT, Elements.AMEND_AGREEMENT);
        Assertions.assertThat(calls).endsWith(Beans.AGREEMENT_END_REVIEWED, Beans.FINAL_REVIEW_COMPLETED);
    }

    @Test
    void agreementEndReachedThenExtendedByAmendment() {
        ProcessInstance journey = startJourney();
        holdReception(journey, ReceptionDecisions.AGREEMENT);
        prepareAndSignAgreement(journey);
        LocalDate firstEnd = LocalDate.parse(AGREEMENT_START).plusMonths(AGREEMENT_MONTHS);

        reachAgreementEnd(journey, date(firstEnd));
        reviewAgreementEnd(journey, PathDecisions.EXTEND);
        amendAgreement(journey, 4);

        assertThat(journey).isWaitingAt(Elements.HOLD_APPOINTMENT)
                .hasPassedInOrder(Elements.AGREEMENT_ENDED, Elements.REVIEW_AGREEMENT_END, Elements.AMEND_AGREEMENT);
        Date secondEnd = date(firstEnd.plusMonths(4));
        Assertions.assertThat(jobQuery().activityId(Elements.AGREEMENT_ENDED).count())
                .as("exactly one agreement-end timer").isOne();
        assertThat(job(Elements.AGREEMENT_ENDED)).hasDueDate(secondEnd);
        assertThat(job(Elements.AGREEMENT_ENDING_NOTICE)).as("notice recomputed after the amendment")
                .hasDueDate(date(firstEnd.plusMonths(4).minusDays(30).atTime(9, 0)));

        holdAppointment(journey, PathDecisions.CLOSE);
        finalReview(journey, "TRAINING", Map.of());
        assertThat(journey).isEnded().hasPassed(Elements.PATH_LEFT, Elements.JOURNEY_CLOSED);
    }

    @Test
    void extensionDecidedAtAppointmentThenMoreAppointments() {
        ProcessInstance journey = startJourney();
        holdReception(journey, ReceptionDecisions.AGREEMENT);
        prepareAndSignAgreement(journey);
        holdAppointment(journey, PathDecisions.EXTEND);

        assertThat(journey).hasPassed(Elements.PATH_LEFT).isWaitingAt(Elements.AMEND_AGREEMENT);
        Assertions.assertThat(jobQuery().count()).as("timer removed while amending").isZero();
        amendAgreement(journey, 6);

        assertThat(journey).isWaitingAt(Elements.HOLD_APPOINTMENT);
        Date newEnd = date(LocalDate.parse(AGREEMENT_START).plusMonths(AGREEMENT_MONTHS + 6));
        assertThat(job(Elements.AGREEMENT_ENDED)).hasDueDate(newEnd);

        holdAppointment(journey, PathDecisions.CONTINUE);
        holdAppointment(journey, PathDecisions.CLOSE);
        finalReview(journey, "ACTIVITY_CREATED", withVariables(FinalReviewForm.LEGAL_FORM, "MICRO_ENTREPRISE",
                FinalReviewForm.ACTIVITY_CREATED_ON, "2026-09-01"));

        assertThat(journey).isEnded()
                .hasPassedInOrder(Elements.SIGN_AGREEMENT, Elements.HOLD_APPOINTMENT, Elements.AMEND_AGREEMENT,
                        Elements.HOLD_APPOINTMENT, Elements.HOLD_APPOINTMENT, Elements.FINAL_REVIEW,
                        Elements.JOURNEY_CLOSED)
                .hasNotPassed(Elements.AGREEMENT_ENDED, Elements.REVIEW_AGREEMENT_END);
        Assertions.assertThat(calls).filteredOn(Beans.APPOINTMENT_HELD::equals).hasSize(3);
    }

    @Test
    void agreementEndingNoticeThirtyDaysBeforeTheEndWithoutStoppingAppointments() {
        ProcessInstance journey = startJourney();
        holdReception(journey, ReceptionDecisions.AGREEMENT);
        prepareAndSignAgreement(journey);
        LocalDate end = LocalDate.parse(AGREEMENT_START).plusMonths(AGREEMENT_MONTHS);
        Date noticeAt = date(end.minusDays(30).atTime(9, 0));
        assertThat(job(Elements.AGREEMENT_ENDING_NOTICE)).hasDueDate(noticeAt);

        clock = LocalDateTime.ofInstant(noticeAt.toInstant(), PARIS).plusMinutes(1);
        ClockUtil.setCurrentTime(date(clock));
        execute(job(Elements.AGREEMENT_ENDING_NOTICE));

        assertThat(journey).isWaitingAt(Elements.HOLD_APPOINTMENT, Elements.PREPARE_FINAL_REVIEW)
                .hasPassed(Elements.AGREEMENT_ENDING_NOTICE);
        Task notice = taskQueryFor(journey, Elements.PREPARE_FINAL_REVIEW);
        assertThat(notice).hasName("Préparer le bilan de fin de parcours").isAssignedTo(ADVISOR)
                .hasCandidateGroupAssociated(GROUP);
        assertFormRef(notice, Forms.PREPARE_FINAL_REVIEW);
        Assertions.assertThat(jobQuery().activityId(Elements.AGREEMENT_ENDING_NOTICE).count())
                .as("the notice fires once").isZero();
        assertThat(job(Elements.AGREEMENT_ENDED)).as("the agreement-end timer is still armed").hasDueDate(date(end));

        completeLater(notice, withVariables(PrepareFinalReviewForm.NOTED, true), Map.of());
        assertThat(journey).isWaitingAt(Elements.HOLD_APPOINTMENT).hasPassed(Elements.FINAL_REVIEW_PREPARED);
        holdAppointment(journey, PathDecisions.CLOSE);
        finalReview(journey, "ACTIVITY_CREATED", Map.of());
        assertThat(journey).isEnded().hasPassed(Elements.JOURNEY_CLOSED);
    }

    @Test
    void closingTheJourneyEndsAnOpenNoticeTask() {
        ProcessInstance journey = startJourney();
        holdReception(journey, ReceptionDecisions.AGREEMENT);
        prepareAndSignAgreement(journey);
        execute(job(Elements.AGREEMENT_ENDING_NOTICE));
        assertThat(journey).isWaitingAt(Elements.HOLD_APPOINTMENT, Elements.PREPARE_FINAL_REVIEW);

        completeLater(taskQueryFor(journey, Elements.HOLD_APPOINTMENT), withVariables(
                AppointmentForm.DATE, clock.toLocalDate().toString(),
                AppointmentForm.MODE, "PHONE",
                AppointmentForm.DECISION, PathDecisions.CLOSE), Map.of());
        completeLater(taskQueryFor(journey, Elements.FINAL_REVIEW), withVariables(
                FinalReviewForm.OUTCOME, "TRAINING",
                FinalReviewForm.OUTCOME_DATE, clock.toLocalDate().toString()), Map.of());

        assertThat(journey).as("« Parcours clôturé » terminates the journey").isEnded()
                .hasPassed(Elements.JOURNEY_CLOSED).hasNotPassed(Elements.FINAL_REVIEW_PREPARED);
        Assertions.assertThat(jobQuery().count()).isZero();
    }

    @Test
    void unsignedAgreementRemindedAfterFourteenDaysThenSigned() {
        ProcessInstance journey = startJourney();
        holdReception(journey, ReceptionDecisions.AGREEMENT);
        LocalDateTime offered = prepareAgreement(journey);
        assertThat(job(Elements.AGREEMENT_UNSIGNED_REMINDER)).hasDueDate(date(offered.plusDays(14)));
        assertThat(job(Elements.AGREEMENT_UNSIGNED)).hasDueDate(date(offered.plusDays(30)));

        clock = offered.plusDays(14).plusMinutes(1);
        ClockUtil.setCurrentTime(date(clock));
        execute(job(Elements.AGREEMENT_UNSIGNED_REMINDER));

        assertThat(journey).isWaitingAt(Elements.SIGN_AGREEMENT, Elements.FOLLOW_UP_UNSIGNED_AGREEMENT);
        org.camunda.bpm.engine.task.Task followUp = taskQuery().taskDefinitionKey(Elements.FOLLOW_UP_UNSIGNED_AGREEMENT)
                .singleResult();
        assertThat(followUp).isAssignedTo(ADVISOR).hasCandidateGroupAssociated(GROUP);
        complete(followUp, Map.of(JourneyProcess.UnsignedAgreementFollowUpForm.CONTACTED, true));
        assertThat(journey).isWaitingAt(Elements.SIGN_AGREEMENT)
                .hasPassedInOrder(Elements.AGREEMENT_UNSIGNED_REMINDER, Elements.REMIND_AGREEMENT_SIGNATURE,
                        Elements.FOLLOW_UP_UNSIGNED_AGREEMENT, Elements.SIGNATURE_REMINDED);
        Assertions.assertThat(calls).endsWith(Beans.REMIND_AGREEMENT_SIGNATURE);
        Assertions.assertThat(jobQuery().activityId(Elements.AGREEMENT_UNSIGNED_REMINDER).count())
                .as("one reminder only").isZero();
        assertThat(job(Elements.AGREEMENT_UNSIGNED)).as("the 30-day decision is still armed")
                .hasDueDate(date(offered.plusDays(30)));

        signAgreement(journey);
        Assertions.assertThat(jobQuery().activityId(Elements.AGREEMENT_UNSIGNED).count())
                .as("signing removes the decision timer").isZero();
        assertThat(journey).hasNotPassed(Elements.AGREEMENT_UNSIGNED, Elements.DECIDE_UNSIGNED_AGREEMENT);
    }

    @Test
    void unsignedAfterThirtyDaysThenOfferedAgain() {
        ProcessInstance journey = startJourney();
        holdReception(journey, ReceptionDecisions.AGREEMENT);
        LocalDateTime offered = prepareAgreement(journey);

        reachUnsignedDecision(journey, offered);
        LocalDateTime reoffered = decideUnsignedAgreement(journey, UnsignedAgreementDecisions.REPROPOSE);

        assertThat(journey).isWaitingAt(Elements.SIGN_AGREEMENT)
                .hasPassedInOrder(Elements.SIGN_AGREEMENT, Elements.AGREEMENT_UNSIGNED,
                        Elements.DECIDE_UNSIGNED_AGREEMENT, Elements.UNSIGNED_AGREEMENT_DECISION,
                        Elements.MERGE_TO_SIGNATURE);
        assertThat(job(Elements.AGREEMENT_UNSIGNED_REMINDER)).as("new timers for the new offer")
                .hasDueDate(date(reoffered.plusDays(14)));
        assertThat(job(Elements.AGREEMENT_UNSIGNED)).hasDueDate(date(reoffered.plusDays(30)));

        signAgreement(journey);
        holdAppointment(journey, PathDecisions.CLOSE);
        finalReview(journey, "ACTIVITY_CREATED", Map.of());
        assertThat(journey).isEnded().hasPassed(Elements.JOURNEY_CLOSED).hasNotPassed(Elements.RECORD_ABANDONMENT);
        Assertions.assertThat(calls).contains(Beans.UNSIGNED_AGREEMENT_DECIDED)
                .doesNotContain(Beans.RECORD_ABANDONMENT);
    }

    @Test
    void unsignedAfterThirtyDaysThenAbandoned() {
        ProcessInstance journey = startJourney();
        holdReception(journey, ReceptionDecisions.AGREEMENT);
        LocalDateTime offered = prepareAgreement(journey);

        reachUnsignedDecision(journey, offered);
        decideUnsignedAgreement(journey, UnsignedAgreementDecisions.ABANDON);

        assertThat(journey).isEnded()
                .hasPassedInOrder(Elements.AGREEMENT_UNSIGNED, Elements.DECIDE_UNSIGNED_AGREEMENT,
                        Elements.UNSIGNED_AGREEMENT_DECISION, Elements.RECORD_ABANDONMENT, Elements.JOURNEY_ABANDONED)
                .hasNotPassed(Elements.INDIVIDUAL_PATH, Elements.FINAL_REVIEW, Elements.JOURNEY_CLOSED);
        Assertions.assertThat(calls).endsWith(Beans.UNSIGNED_AGREEMENT_DECIDED, Beans.RECORD_ABANDONMENT)
                .doesNotContain(Beans.AGREEMENT_SIGNED, Beans.FINAL_REVIEW_COMPLETED);
        Assertions.assertThat(jobQuery().count()).isZero();
    }

    @Test
    void inactivityChasedSixWeeksAfterTheLastAppointmentThenContactResumed() {
        ProcessInstance journey = startJourney();
        holdReception(journey, ReceptionDecisions.AGREEMENT);
        prepareAndSignAgreement(journey);
        LocalDateTime firstTask = clock;
        assertThat(job(Elements.INACTIVITY_CHASE)).hasDueDate(date(firstTask.plusWeeks(6)));

        holdAppointment(journey, PathDecisions.CONTINUE);
        LocalDateTime secondTask = clock;
        assertThat(job(Elements.INACTIVITY_CHASE)).as("each recorded appointment restarts the delay")
                .hasDueDate(date(secondTask.plusWeeks(6)));

        reachInactivityChase(journey, secondTask);
        completeAdvisorTaskAt(journey, Elements.CHASE_PARTICIPANT, Forms.INACTIVITY_CHASE, withVariables(
                InactivityChaseForm.CONTACT_RESUMED, ContactAnswers.YES,
                InactivityChaseForm.COMMENT, "Rendez-vous pris pour la semaine prochaine"));

        assertThat(journey).isWaitingAt(Elements.HOLD_APPOINTMENT)
                .hasPassedInOrder(Elements.CHASE_PARTICIPANT, Elements.CONTACT_RESUMED_DECISION,
                        Elements.CONTACT_RESUMED)
                .hasNotPassed(Elements.INACTIVITY_DECISION_DUE, Elements.DECIDE_AFTER_INACTIVITY);
        Assertions.assertThat(jobQuery().activityId(Elements.INACTIVITY_DECISION_DUE).count()).isZero();
        holdAppointment(journey, PathDecisions.CLOSE);
        finalReview(journey, "ACTIVITY_CREATED", Map.of());
        assertThat(journey).isEnded().hasPassed(Elements.JOURNEY_CLOSED);
    }

    @Test
    void noContactThreeWeeksAfterTheChaseThenContinue() {
        ProcessInstance journey = startJourney();
        holdReception(journey, ReceptionDecisions.AGREEMENT);
        prepareAndSignAgreement(journey);
        LocalDateTime decisionDue = reachInactivityDecision(journey);
        completeAdvisorTaskAt(journey, Elements.DECIDE_AFTER_INACTIVITY, Forms.INACTIVITY_DECISION, withVariables(
                InactivityDecisionForm.DECISION, InactivityDecisions.CONTINUE));

        assertThat(journey).isWaitingAt(Elements.HOLD_APPOINTMENT)
                .hasPassedInOrder(Elements.INACTIVITY_DECISION_DUE, Elements.DECIDE_AFTER_INACTIVITY,
                        Elements.INACTIVITY_DECISION, Elements.INACTIVITY_CONTINUED)
                .hasNotPassed(Elements.INACTIVITY_ABANDONED, Elements.PATH_LEFT);
        Assertions.assertThat(decisionDue).isNotNull();
        holdAppointment(journey, PathDecisions.CLOSE);
        finalReview(journey, "ACTIVITY_CREATED", Map.of());
        assertThat(journey).isEnded().hasPassed(Elements.JOURNEY_CLOSED);
    }

    @Test
    void noContactThenClosedAsAbandonedThroughTheFinalReview() {
        ProcessInstance journey = startJourney();
        holdReception(journey, ReceptionDecisions.AGREEMENT);
        prepareAndSignAgreement(journey);
        reachInactivityDecision(journey);
        completeAdvisorTaskAt(journey, Elements.DECIDE_AFTER_INACTIVITY, Forms.INACTIVITY_DECISION, withVariables(
                InactivityDecisionForm.DECISION, InactivityDecisions.ABANDON,
                InactivityDecisionForm.COMMENT, "Injoignable depuis deux mois"));

        assertThat(journey).as("the terminate end event ends the individual path only")
                .isWaitingAt(Elements.FINAL_REVIEW)
                .hasPassedInOrder(Elements.DECIDE_AFTER_INACTIVITY, Elements.INACTIVITY_ABANDONED)
                .hasPassed(Elements.INDIVIDUAL_PATH)
                .hasNotPassed(Elements.PATH_LEFT, Elements.AMEND_AGREEMENT)
                .variables().containsEntry(Variables.APPOINTMENT_DECISION, PathDecisions.CLOSE);
        Assertions.assertThat(taskQueryFor(journey, Elements.HOLD_APPOINTMENT)).as("appointment task withdrawn")
                .isNull();
        Assertions.assertThat(jobQuery().count()).as("the path's timers are removed").isZero();
        finalReview(journey, "ABANDONED", Map.of());
        assertThat(journey).isEnded().hasPassed(Elements.JOURNEY_CLOSED)
                .variables().containsEntry(Variables.OUTCOME, "ABANDONED");
    }

    // ---------------------------------------------------------------------------------------- steps

    /** Fires the 6-week timer of the open appointment task created at {@code taskCreated}. */
    private void reachInactivityChase(ProcessInstance journey, LocalDateTime taskCreated) {
        assertThat(job(Elements.INACTIVITY_CHASE)).hasDueDate(date(taskCreated.plusWeeks(6)));
        clock = taskCreated.plusWeeks(6).plusMinutes(1);
        ClockUtil.setCurrentTime(date(clock));
        execute(job(Elements.INACTIVITY_CHASE));
        assertThat(journey).isWaitingAt(Elements.HOLD_APPOINTMENT, Elements.CHASE_PARTICIPANT)
                .hasPassedInOrder(Elements.INACTIVITY_CHASE, Elements.INVITE_TO_RESUME_CONTACT);
        Assertions.assertThat(calls).endsWith(Beans.INVITE_TO_RESUME_CONTACT);
        Assertions.assertThat(jobQuery().activityId(Elements.INACTIVITY_CHASE).count()).as("fires once").isZero();
        Assertions.assertThat(taskQueryFor(journey, Elements.CHASE_PARTICIPANT).getName())
                .isEqualTo("Relancer le porteur de projet");
    }

    /** From the first appointment task: chase, no contact, then the 3-week timer; returns when it fired. */
    private LocalDateTime reachInactivityDecision(ProcessInstance journey) {
        reachInactivityChase(journey, clock);
        completeAdvisorTaskAt(journey, Elements.CHASE_PARTICIPANT, Forms.INACTIVITY_CHASE, withVariables(
                InactivityChaseForm.CONTACT_RESUMED, ContactAnswers.NO));
        LocalDateTime answered = clock;
        assertThat(journey).isWaitingAt(Elements.HOLD_APPOINTMENT, Elements.INACTIVITY_DECISION_DUE);
        assertThat(job(Elements.INACTIVITY_DECISION_DUE)).hasDueDate(date(answered.plusWeeks(3)));
        clock = answered.plusWeeks(3).plusMinutes(1);
        ClockUtil.setCurrentTime(date(clock));
        execute(job(Elements.INACTIVITY_DECISION_DUE));
        assertThat(journey).isWaitingAt(Elements.HOLD_APPOINTMENT, Elements.DECIDE_AFTER_INACTIVITY);
        Assertions.assertThat(taskQueryFor(journey, Elements.DECIDE_AFTER_INACTIVITY).getName())
                .isEqualTo("Décider de la suite");
        return clock;
    }

    /** Like {@link #completeAdvisorTask} when several tasks are open. */
    private void completeAdvisorTaskAt(ProcessInstance journey, String activityId, String formId,
            Map<String, Object> variables) {
        Task task = taskQueryFor(journey, activityId);
        assertThat(task).isAssignedTo(ADVISOR).hasCandidateGroupAssociated(GROUP);
        assertFormRef(task, formId);
        completeLater(task, variables, Map.of());
    }

    private void reachUnsignedDecision(ProcessInstance journey, LocalDateTime offered) {
        assertThat(job(Elements.AGREEMENT_UNSIGNED)).hasDueDate(date(offered.plusDays(30)));
        clock = offered.plusDays(30).plusMinutes(1);
        ClockUtil.setCurrentTime(date(clock));
        execute(job(Elements.AGREEMENT_UNSIGNED));
        assertThat(journey).isWaitingAt(Elements.DECIDE_UNSIGNED_AGREEMENT).hasPassed(Elements.AGREEMENT_UNSIGNED);
        Assertions.assertThat(jobQuery().count()).as("the signature task and its timers are withdrawn").isZero();
        Assertions.assertThat(task(journey).getName()).isEqualTo("Décider de la suite du contrat non signé");
    }

    /** Completes the decision; returns the time it was completed. */
    private LocalDateTime decideUnsignedAgreement(ProcessInstance journey, String decision) {
        completeAdvisorTask(journey, Forms.UNSIGNED_AGREEMENT_DECISION, withVariables(
                UnsignedAgreementDecisionForm.DECISION, decision,
                UnsignedAgreementDecisionForm.COMMENT, "Pas de nouvelles malgré la relance"));
        return clock;
    }

    private ProcessInstance startJourney() {
        String definitionId = processDefinition(JourneyProcess.KEY).getId();
        Assertions.assertThat(formService().getStartFormData(definitionId).getCamundaFormRef().getKey())
                .isEqualTo(Forms.NEW_RECEPTION);
        Map<String, Object> form = withVariables(
                NewReceptionForm.FIRST_NAME, "Marie",
                NewReceptionForm.LAST_NAME, "Dupont",
                NewReceptionForm.COMMUNE, "Meursault",
                NewReceptionForm.POSTAL_CODE, "21190",
                NewReceptionForm.GENDER, "FEMALE",
                NewReceptionForm.SITUATION, "RSA",
                NewReceptionForm.CAME_THROUGH, "REFERRING_PARTNER",
                NewReceptionForm.REFERRING_PARTNER_TYPE, "FRANCE_TRAVAIL",
                NewReceptionForm.CONSENT_GIVEN, true);
        ProcessInstance journey = formService().submitStartForm(definitionId, BUSINESS_KEY, form);
        assertThat(journey).isStarted().hasBusinessKey(BUSINESS_KEY)
                .hasPassedInOrder(Elements.START, Elements.REGISTER_JOURNEY)
                .isWaitingAt(Elements.HOLD_RECEPTION);
        return journey;
    }

    private void holdReception(ProcessInstance journey, String decision) {
        holdReception(journey, decision, Map.of());
    }

    private void holdReception(ProcessInstance journey, String decision, Map<String, Object> extra) {
        assertThat(journey).isWaitingAt(Elements.HOLD_RECEPTION);
        Task task = task(journey);
        assertThat(task).hasName("Accueil").isNotAssigned().hasCandidateGroup(GROUP);
        assertFormRef(task, Forms.RECEPTION);
        claim(task, ADVISOR);
        completeLater(task(journey), withVariables(
                ReceptionForm.DATE, "2026-01-06",
                ReceptionForm.MODE, "OUTREACH_DESK",
                ReceptionForm.PROJECT_SUMMARY, "Ouvrir une épicerie ambulante dans l'Auxois",
                ReceptionForm.PROJECT_SECTOR, "TRADE",
                ReceptionForm.DECISION, decision), extra);
    }

    private void prepareAndSignAgreement(ProcessInstance journey) {
        prepareAgreement(journey);
        signAgreement(journey);
    }

    /** Prepares the agreement; returns when « Signature du contrat » was offered, i.e. its timers start. */
    private LocalDateTime prepareAgreement(ProcessInstance journey) {
        assertThat(journey).isWaitingAt(Elements.PREPARE_AGREEMENT);
        completeAdvisorTask(journey, Forms.AGREEMENT_PREPARATION, withVariables(
                AgreementPreparationForm.START_DATE, AGREEMENT_START,
                AgreementPreparationForm.DURATION_MONTHS, AGREEMENT_MONTHS,
                AgreementPreparationForm.OBJECTIVES, "Valider le marché, trouver un véhicule, financer le stock"));
        assertThat(journey).isWaitingAt(Elements.SIGN_AGREEMENT);
        return clock;
    }

    private void signAgreement(ProcessInstance journey) {
        assertThat(journey).isWaitingAt(Elements.SIGN_AGREEMENT);
        completeAdvisorTask(journey, Forms.AGREEMENT_SIGNATURE, withVariables(
                AgreementSignatureForm.SIGNED_ON, AGREEMENT_START,
                AgreementSignatureForm.CONFIRMED, true));
        assertThat(journey).isWaitingAt(Elements.HOLD_APPOINTMENT);
        assertThat(job(Elements.AGREEMENT_ENDED))
                .hasDueDate(date(LocalDate.parse(AGREEMENT_START).plusMonths(AGREEMENT_MONTHS)));
    }

    private void holdAppointment(ProcessInstance journey, String decision) {
        assertThat(journey).isWaitingAt(Elements.HOLD_APPOINTMENT);
        completeAdvisorTask(journey, Forms.APPOINTMENT, withVariables(
                AppointmentForm.DATE, clock.toLocalDate().toString(),
                AppointmentForm.MODE, "PHONE",
                AppointmentForm.DURATION_MINUTES, 60,
                AppointmentForm.NOTES, "Point sur l'étude de marché",
                AppointmentForm.DECISION, decision));
    }

    private void reachAgreementEnd(ProcessInstance journey, Date expectedDueDate) {
        assertThat(journey).isWaitingAt(Elements.HOLD_APPOINTMENT);
        assertThat(job(Elements.AGREEMENT_ENDED)).hasDueDate(expectedDueDate);
        clock = LocalDateTime.ofInstant(expectedDueDate.toInstant(), PARIS).plusHours(1);
        ClockUtil.setCurrentTime(date(clock));
        execute(job(Elements.AGREEMENT_ENDED));
        assertThat(journey).isWaitingAt(Elements.REVIEW_AGREEMENT_END).hasPassed(Elements.AGREEMENT_ENDED);
        Assertions.assertThat(jobQuery().count()).as("interrupting timer consumed").isZero();
    }

    private void reviewAgreementEnd(ProcessInstance journey, String decision) {
        assertThat(journey).isWaitingAt(Elements.REVIEW_AGREEMENT_END);
        completeAdvisorTask(journey, Forms.AGREEMENT_END_REVIEW, withVariables(
                AgreementEndReviewForm.DECISION, decision));
    }

    private void amendAgreement(ProcessInstance journey, int months) {
        assertThat(journey).isWaitingAt(Elements.AMEND_AGREEMENT);
        completeAdvisorTask(journey, Forms.AGREEMENT_AMENDMENT, withVariables(
                AmendmentForm.EXTENSION_MONTHS, months,
                AmendmentForm.REASON, "Le financement bancaire prend plus de temps que prévu"));
    }

    private void finalReview(ProcessInstance journey, String outcome, Map<String, Object> extra) {
        assertThat(journey).isWaitingAt(Elements.FINAL_REVIEW);
        Task task = checkAdvisorTask(journey, Forms.FINAL_REVIEW);
        completeLater(task, withVariables(
                FinalReviewForm.OUTCOME, outcome,
                FinalReviewForm.OUTCOME_DATE, clock.toLocalDate().toString(),
                FinalReviewForm.PATH_SUMMARY, "Accueil, contrat, rendez-vous et ateliers"), extra);
    }

    // ---------------------------------------------------------------------------------------- helpers

    private static Task taskQueryFor(ProcessInstance journey, String activityId) {
        return BpmnAwareTests.taskQuery().processInstanceId(journey.getId()).taskDefinitionKey(activityId)
                .singleResult();
    }

    /** Every task after the reception is the referent advisor's, and stays visible to the territory group. */
    private void completeAdvisorTask(ProcessInstance journey, String formId, Map<String, Object> variables) {
        completeLater(checkAdvisorTask(journey, formId), variables, Map.of());
    }

    private Task checkAdvisorTask(ProcessInstance journey, String formId) {
        Task task = task(journey);
        assertThat(task).isAssignedTo(ADVISOR).hasCandidateGroupAssociated(GROUP);
        assertFormRef(task, formId);
        return task;
    }

    private static void assertFormRef(Task task, String formId) {
        Assertions.assertThat(formService().getTaskFormData(task.getId()).getCamundaFormRef().getKey())
                .as("formRef of %s", task.getTaskDefinitionKey()).isEqualTo(formId);
        try (InputStream form = formService().getDeployedTaskForm(task.getId())) {
            Assertions.assertThat(form).as("form %s deployed with the process", formId).isNotNull();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Completes a task one day later, so that history orders the steps unambiguously. */
    private void completeLater(Task task, Map<String, Object> variables, Map<String, Object> extra) {
        clock = clock.plus(Duration.ofDays(1));
        ClockUtil.setCurrentTime(date(clock));
        Map<String, Object> all = new java.util.HashMap<>(variables);
        all.putAll(extra);
        complete(task, all);
    }

    private TaskListener listener(String beanName, TaskListener behaviour) {
        return (DelegateTask task) -> {
            calls.add(beanName);
            behaviour.notify(task);
        };
    }

    private static Date date(LocalDateTime time) {
        return Date.from(time.atZone(PARIS).toInstant());
    }

    private static Date date(LocalDate day) {
        return date(day.atStartOfDay());
    }
}
