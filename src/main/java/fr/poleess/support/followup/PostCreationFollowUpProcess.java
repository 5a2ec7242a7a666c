package fr.poleess.support.followup;

import java.util.Set;

import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.shared.FormFields;
import fr.poleess.support.shared.HistoryPolicy;

/** Key, element ids, variables, form fields and beans of {@code processes/post-creation-follow-up.bpmn}. */
public final class PostCreationFollowUpProcess {

    public static final String KEY = "PostCreationFollowUpProcess";
    public static final String RESOURCE = "processes/post-creation-follow-up.bpmn";

    private PostCreationFollowUpProcess() {
    }

    public static final class Elements {
        public static final String START = "StartEvent_ActivityCreated";
        /** Sequential multi-instance sub-process, one instance per follow-up (6, 12, 36 months). */
        public static final String FOLLOW_UP = "SubProcess_FollowUp";
        public static final String FOLLOW_UP_STARTED = "StartEvent_FollowUpStarted";
        public static final String FOLLOW_UP_DUE = "TimerEvent_FollowUpDue";
        public static final String NOTIFY_PARTICIPANT = "Task_NotifyParticipant";
        public static final String HOLD_FOLLOW_UP = "Task_HoldFollowUp";
        public static final String SUPPORT_REQUESTED = "Gateway_SupportRequested";
        public static final String RESUME_CONTACT = "Task_ResumeContact";
        public static final String CONTACT_RESUMED = "EndEvent_ContactResumed";
        public static final String FOLLOW_UP_RECORDED = "EndEvent_FollowUpRecorded";
        public static final String ACTIVITY_RUNNING = "Gateway_ActivityRunning";
        public static final String FOLLOW_UPS_COMPLETED = "EndEvent_FollowUpsCompleted";
        public static final String ACTIVITY_STOPPED = "EndEvent_ActivityStopped";

        private Elements() {
        }
    }

    public static final class Variables {
        public static final String JOURNEY_ID = "journeyId";
        /** ISO date ({@code "2026-03-02"}) the activity was created on; the timers count from it. */
        public static final String ACTIVITY_CREATED_ON = "activityCreatedOn";
        public static final String REFERENT_ADVISOR = "referentAdvisor";
        public static final String ADVISORS_GROUP = "advisorsGroup";
        /** Element variable of the multi-instance: 6, 12 or 36; local to each follow-up. */
        public static final String MILESTONE_MONTHS = "milestoneMonths";
        /** Boolean, from the form; {@literal false} ends the follow-ups. */
        public static final String ACTIVITY_RUNNING = "activityRunning";
        /** Boolean, from the form; {@literal true} adds "Reprendre contact pour un nouvel accompagnement". */
        public static final String SUPPORT_REQUESTED = "supportRequested";

        private Variables() {
        }
    }

    public static final class Forms {
        public static final String FOLLOW_UP = "post-creation-follow-up";
        public static final String RESUME_CONTACT = "resume-contact";

        private Forms() {
        }
    }

    /** Fields of the form "Suivi post-création". */
    @FormFields(Forms.FOLLOW_UP)
    public static final class FollowUpForm {
        public static final String ACTIVITY_RUNNING = Variables.ACTIVITY_RUNNING;
        public static final String JOBS = "jobs";
        public static final String REVENUE_BAND = "revenueBand";
        public static final String HELP_NEEDED = "helpNeeded";
        public static final String SUPPORT_REQUESTED = Variables.SUPPORT_REQUESTED;

        private FollowUpForm() {
        }
    }

    public static final class Beans {
        public static final String NOTIFY_PARTICIPANT = "postCreationFollowUpNoticeDelegate";
        public static final String FOLLOW_UP_RECORDED = "postCreationFollowUpRecordedListener";

        private Beans() {
        }
    }

    /** Fields of the form "Reprendre contact pour un nouvel accompagnement". */
    @FormFields(Forms.RESUME_CONTACT)
    public static final class ResumeContactForm {
        public static final String CONTACT_RESUMED = "contactResumed";

        private ResumeContactForm() {
        }
    }

    /** What may reach the engine's history: ids, dates and answers; jobs, revenue and free text stay out. */
    public static final HistoryPolicy HISTORY = new HistoryPolicy(KEY,
            Set.of(Variables.JOURNEY_ID, Variables.ACTIVITY_CREATED_ON, Variables.REFERENT_ADVISOR,
                    Variables.ADVISORS_GROUP, Variables.MILESTONE_MONTHS, Variables.ACTIVITY_RUNNING,
                    Variables.SUPPORT_REQUESTED, ResumeContactForm.CONTACT_RESUMED),
            Set.of(FollowUpForm.JOBS, FollowUpForm.REVENUE_BAND, FollowUpForm.HELP_NEEDED,
                    JourneyProcess.Variables.PARTICIPANT_NAME));
}
