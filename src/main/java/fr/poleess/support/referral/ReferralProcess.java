package fr.poleess.support.referral;

import java.util.Set;

import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.shared.FormFields;
import fr.poleess.support.shared.HistoryPolicy;

/** Key, element ids, message, variables, forms and beans of {@code processes/referral.bpmn}. */
public final class ReferralProcess {

    public static final String KEY = "ReferralProcess";
    public static final String RESOURCE = "processes/referral.bpmn";
    /** Correlated by journey reference when the journey closes: every open referral of it ends. */
    public static final String MESSAGE_JOURNEY_CLOSED = "ReferralJourneyClosed";

    private ReferralProcess() {
    }

    public static final class Elements {
        public static final String START = "StartEvent_ReferralDecided";
        /** Asynchronous: the referral is PROPOSED until its job has run. */
        public static final String SEND_REFERRAL = "Task_SendReferral";
        public static final String FOLLOW_UP_DUE = "TimerEvent_FollowUpDue";
        public static final String FOLLOW_UP = "Task_FollowUpReferral";
        public static final String FOLLOW_UP_ANSWER = "Gateway_FollowUpAnswer";
        public static final String MEETING_HELD = "EndEvent_MeetingHeld";
        public static final String NO_FOLLOW_UP = "EndEvent_NoFollowUp";
        public static final String CHASE_PARTICIPANT = "Task_ChaseParticipant";
        public static final String LAST_CHECK = "Task_LastCheck";
        /** Interrupting timer on {@link #LAST_CHECK}: nothing known {@code support.referrals.last-check-delay} after the chase. */
        public static final String NO_NEWS = "BoundaryEvent_NoNews";
        public static final String CLOSE_WITHOUT_NEWS = "Task_CloseWithoutNews";
        public static final String CLOSED_WITHOUT_NEWS = "EndEvent_ClosedWithoutNews";
        public static final String LAST_CHECK_ANSWER = "Gateway_LastCheckAnswer";
        public static final String MEETING_HELD_AFTER_CHASE = "EndEvent_MeetingHeldAfterChase";
        public static final String NO_FOLLOW_UP_AFTER_CHASE = "EndEvent_NoFollowUpAfterChase";
        public static final String JOURNEY_CLOSED = "SubProcess_JourneyClosed";
        public static final String JOURNEY_CLOSED_START = "StartEvent_JourneyClosed";
        public static final String CANCELLED = "EndEvent_ReferralCancelled";

        private Elements() {
        }
    }

    public static final class Variables {
        public static final String REFERRAL_ID = "referralId";
        public static final String JOURNEY_ID = "journeyId";
        public static final String REFERENT_ADVISOR = "referentAdvisor";
        public static final String ADVISORS_GROUP = "advisorsGroup";
        /**
         * Display label for the forms: to whom (an organisation, not a person). Whom the referral is about is
         * the journey's task label, {@link JourneyProcess.Variables#PARTICIPANT_NAME}, set by the journey module.
         */
        public static final String PARTNER_NAME = "partnerName";
        /** Answer of the follow-up forms ({@link Answers}). */
        public static final String ANSWER = "referralAnswer";

        private Variables() {
        }
    }

    /** Values of {@link Variables#ANSWER}. */
    public static final class Answers {
        public static final String HELD = "HELD";
        public static final String NOT_HELD = "NOT_HELD";
        /** Nothing known yet: only in « Suivi de la mise en lien »; the participant is chased. */
        public static final String UNKNOWN = "UNKNOWN";

        private Answers() {
        }
    }

    public static final class Forms {
        public static final String FOLLOW_UP = "referral-follow-up";
        public static final String LAST_CHECK = "referral-last-check";

        private Forms() {
        }
    }

    /** Fields of both follow-up forms ("Suivi de la mise en lien", "Dernier point sur la mise en lien"). */
    @FormFields({ Forms.FOLLOW_UP, Forms.LAST_CHECK })
    public static final class FollowUpForm {
        public static final String ANSWER = Variables.ANSWER;
        public static final String MEETING_DATE = "referralMeetingDate";
        public static final String OUTCOME = "referralOutcome";

        private FollowUpForm() {
        }
    }

    public static final class Beans {
        public static final String SEND_REFERRAL = "sendReferralDelegate";
        public static final String FOLLOWED_UP = "referralFollowedUpListener";
        public static final String CHASE_PARTICIPANT = "chaseReferralParticipantDelegate";
        public static final String CLOSE_WITHOUT_NEWS = "closeReferralWithoutNewsDelegate";

        private Beans() {
        }
    }

    /** What may reach the engine's history: ids, the answer and the meeting date; the free-text outcome stays out. */
    public static final HistoryPolicy HISTORY = new HistoryPolicy(KEY,
            Set.of(Variables.REFERRAL_ID, Variables.JOURNEY_ID, Variables.REFERENT_ADVISOR, Variables.ADVISORS_GROUP,
                    Variables.PARTNER_NAME, Variables.ANSWER, FollowUpForm.MEETING_DATE),
            Set.of(FollowUpForm.OUTCOME, JourneyProcess.Variables.PARTICIPANT_NAME));
}
