package fr.poleess.support.workshop;

import java.util.Set;

import fr.poleess.support.shared.FormFields;
import fr.poleess.support.shared.HistoryPolicy;

/**
 * Key, element ids, messages, variables, beans and form fields of {@code processes/collective-session.bpmn}
 * and of the monthly {@code processes/breakfast-planning.bpmn}.
 */
public final class CollectiveSessionProcess {

    public static final String KEY = "CollectiveSessionProcess";
    public static final String RESOURCE = "processes/collective-session.bpmn";

    private CollectiveSessionProcess() {
    }

    public static final class Elements {
        public static final String START = "StartEvent_SessionRequested";
        public static final String HOW_PLANNED = "Gateway_HowPlanned";
        public static final String REGISTER_SESSION = "Task_RegisterSession";
        public static final String PLAN_SESSION = "Task_PlanSession";
        public static final String PLANNING_DECISION = "Gateway_PlanningDecision";
        public static final String NOT_HELD = "EndEvent_SessionNotHeld";
        public static final String MERGE_TO_OPEN = "Gateway_MergeToOpen";
        public static final String OPEN_REGISTRATIONS = "Task_OpenRegistrations";
        public static final String SLOTS = "SubProcess_Slot";
        public static final String SLOT_STARTED = "StartEvent_SlotStarted";
        /** Merges the first planning of the slot and each move. */
        public static final String SLOT_PLANNED = "Gateway_SlotPlanned";
        /** Everything that happens before the slot, ended by the slot's end or by a move or cancellation. */
        public static final String UPCOMING_SLOT = "SubProcess_UpcomingSlot";
        public static final String UPCOMING_SLOT_STARTED = "StartEvent_UpcomingSlot";
        public static final String UPCOMING_SPLIT = "Gateway_UpcomingSlotSplit";
        public static final String CHANGE_SLOT = "Task_ChangeSlot";
        public static final String SLOT_CHANGED = "EndEvent_SlotChanged";
        public static final String SLOT_TIME_REACHED = "EndEvent_SlotTimeReached";
        public static final String SLOT_OUTCOME = "Gateway_SlotOutcome";
        public static final String SLOT_CANCELLED = "EndEvent_SlotCancelled";
        public static final String REMINDER_POSSIBLE = "Gateway_SlotReminderPossible";
        public static final String REMINDER_DUE = "TimerEvent_SlotReminderDue";
        public static final String REMIND_REGISTERED = "Task_RemindRegistered";
        public static final String MERGE_TO_SLOT_END = "Gateway_MergeToSlotEnd";
        public static final String SLOT_ENDED = "TimerEvent_SlotEnded";
        public static final String RECORD_ATTENDANCE = "Task_RecordAttendance";
        public static final String SEND_ATTENDANCE = "Task_SendAttendanceToJourneys";
        public static final String SLOT_RECORDED = "EndEvent_SlotRecorded";
        public static final String OPEN_PROSPECT_JOURNEY = "Task_OpenProspectJourney";
        public static final String CLOSE_SESSION = "Task_CloseSession";
        public static final String SESSION_CLOSED = "EndEvent_SessionClosed";
        public static final String CANCELLATION = "SubProcess_Cancellation";
        public static final String CANCELLED = "StartEvent_SessionCancelled";
        public static final String NOTIFY_CANCELLATION = "Task_NotifyCancellation";
        public static final String SESSION_CANCELLED = "EndEvent_SessionCancelled";

        private Elements() {
        }
    }

    public static final class Messages {
        /** Correlated by business key ({@link CollectiveSession#businessKey()}) when the session is cancelled. */
        public static final String SESSION_CANCELLED = "CollectiveSessionCancelled";

        private Messages() {
        }
    }

    public static final class Variables {
        public static final String SESSION_ID = "sessionId";
        public static final String TERRITORY_CODE = "territoryCode";
        /** Candidate group of the territory's advisors; managers are candidates of the coordination tasks too. */
        public static final String ADVISORS_GROUP = "advisorsGroup";
        /** Display label shown in forms and the task list. */
        public static final String SESSION_NAME = "sessionName";
        /** The slot ids the slot subprocess runs over, in start order. */
        public static final String SLOT_IDS = "slotIds";
        /** Element variable of the slot subprocess. */
        public static final String SLOT_ID = "slotId";
        /** The advisor who takes attendance (the first facilitating advisor), or {@literal null}. */
        public static final String FACILITATOR = "facilitatorAdvisor";
        /** Set by the monthly breakfast process: the session is planned in « Planifier le temps collectif ». */
        public static final String PLANNING_TASK_NEEDED = "planningTaskNeeded";
        /** Registration ids of the prospects who want to go on after an information session. */
        public static final String CONTINUING_PROSPECTS = "continuingProspects";
        /** Element variable of « Ouvrir le parcours du prospect ». */
        public static final String PROSPECT_REGISTRATION_ID = "prospectRegistrationId";

        private Variables() {
        }
    }

    public static final class Beans {
        /** Timer dates of each slot (reminder, end), from {@code support.reminders.*}. */
        public static final String SCHEDULE = "collectiveSessionSchedule";
        public static final String REGISTER_SESSION = "registerSessionDelegate";
        public static final String SESSION_PLANNED = "sessionPlannedListener";
        public static final String OPEN_REGISTRATIONS = "openRegistrationsDelegate";
        public static final String REMIND_REGISTERED = "remindRegisteredDelegate";
        public static final String ATTENDANCE_FORM = "attendanceFormListener";
        public static final String ATTENDANCE_RECORDED = "attendanceRecordedListener";
        public static final String SEND_ATTENDANCE = "sendAttendanceToJourneysDelegate";
        public static final String PROSPECT_FORM = "prospectJourneyFormListener";
        public static final String PROSPECT_JOURNEY_OPENED = "prospectJourneyOpenedListener";
        public static final String CLOSE_SESSION = "closeSessionDelegate";
        public static final String NOTIFY_CANCELLATION = "notifyCancellationDelegate";
        public static final String PROPOSE_BREAKFASTS = "proposeBreakfastsDelegate";
        public static final String SLOT_CHANGE_FORM = "slotChangeFormListener";
        public static final String SLOT_CHANGED = "slotChangedListener";

        private Beans() {
        }
    }

    public static final class Forms {
        public static final String PLANNING = "session-planning";
        public static final String ATTENDANCE = "session-attendance";
        public static final String PROSPECT_JOURNEY = "prospect-journey";
        public static final String SLOT_CHANGE = "slot-change";

        private Forms() {
        }
    }

    /** Fields of the form "Planifier le temps collectif" (start form and planning task). */
    @FormFields(Forms.PLANNING)
    public static final class PlanningForm {
        public static final String KIND = "sessionKind";
        public static final String TITLE = "sessionTitle";
        public static final String THEME = "sessionTheme";
        public static final String TERRITORY = "sessionTerritory";
        public static final String PLACE_KIND = "sessionPlaceKind";
        public static final String OUTREACH_DESK = "sessionOutreachDesk";
        public static final String PLACE_DETAIL = "sessionPlaceDetail";
        public static final String FACILITATOR_ADVISORS = "sessionFacilitatorAdvisors";
        public static final String PARTNER_FACILITATORS = "sessionPartnerFacilitators";
        public static final String CAPACITY = "sessionCapacity";
        public static final String FIRST_DATE = "slot1Date";
        public static final String FIRST_TIME = "slot1Time";
        public static final String FIRST_DURATION = "slot1DurationMinutes";
        public static final String SECOND_DATE = "slot2Date";
        public static final String SECOND_TIME = "slot2Time";
        public static final String SECOND_DURATION = "slot2DurationMinutes";
        /** Only in the planning task: a {@link PlanningDecision} ({@code SKIP}: no petit déj' this month). */
        public static final String DECISION = "planningDecision";

        private PlanningForm() {
        }
    }

    /** Fields of the form "Saisir l'émargement". */
    @FormFields(Forms.ATTENDANCE)
    public static final class AttendanceForm {
        public static final String PRESENT = "presentRegistrations";
        public static final String EXCUSED = "excusedRegistrations";
        public static final String CONTINUING = "continuingProspectsChoice";
        public static final String CONFIRMED = "signInSheetSigned";

        private AttendanceForm() {
        }
    }

    /** Task-local variables the attendance form displays (set when the task is created). */
    public static final class AttendanceFormData {
        public static final String SLOT_LABEL = "slotLabel";
        public static final String REGISTRATION_OPTIONS = "registrationOptions";
        public static final String PROSPECT_OPTIONS = "prospectOptions";
        public static final String HAS_PROSPECTS = "hasProspects";
        public static final String SIGN_IN_SHEET_LINK = "signInSheetLink";

        private AttendanceFormData() {
        }
    }

    /** Fields of the form « Déplacer ou annuler le créneau ». */
    @FormFields(Forms.SLOT_CHANGE)
    public static final class SlotChangeForm {
        /** {@code MOVED} or {@code CANCELLED} ({@link SlotChange.Kind}). */
        public static final String CHANGE = "slotChange";
        public static final String NEW_DATE = "slotNewDate";
        public static final String NEW_TIME = "slotNewTime";
        /** Optional: the slot keeps its duration when left empty. */
        public static final String NEW_DURATION = "slotNewDurationMinutes";
        public static final String REASON = "slotChangeReason";

        private SlotChangeForm() {
        }
    }

    /** Task-local variable « Déplacer ou annuler le créneau » displays (set when the task is created). */
    public static final class SlotChangeFormData {
        /** « Atelier thématique « … » — jeudi 3 décembre 2026, de 9 h 30 à 12 h 30 (4 inscrits) ». */
        public static final String SLOT_LABEL = "slotChangeLabel";

        private SlotChangeFormData() {
        }
    }

    /** Fields of the form "Ouvrir le parcours du prospect". */
    @FormFields(Forms.PROSPECT_JOURNEY)
    public static final class ProspectJourneyForm {
        public static final String BIRTH_YEAR = "prospectBirthYear";
        public static final String GENDER = "prospectGender";
        public static final String SITUATION = "prospectSituation";
        public static final String POSTAL_CODE = "prospectPostalCode";
        public static final String CONSENT = "prospectConsentGiven";
        public static final String DECISION = "prospectDecision";

        private ProspectJourneyForm() {
        }
    }

    /** Task-local variable « Ouvrir le parcours du prospect » displays (set when the task is created). */
    public static final class ProspectJourneyFormData {
        /** The prospect's name and contact, so the advisor knows whom to call. */
        public static final String SUMMARY = "prospectSummary";

        private ProspectJourneyFormData() {
        }
    }

    /** Key and elements of {@code processes/breakfast-planning.bpmn}. */
    public static final class BreakfastPlanning {
        public static final String KEY = "BreakfastPlanningProcess";
        public static final String RESOURCE = "processes/breakfast-planning.bpmn";
        public static final String START = "StartEvent_MonthlyBreakfastPlanning";
        public static final String PROPOSE = "Task_ProposeBreakfasts";
        public static final String PROPOSED = "EndEvent_BreakfastsProposed";
        /** The settings bean whose {@code breakfastPlanningCron} the timer start event reads. */
        public static final String SETTINGS_BEAN = "workshopSettings";

        private BreakfastPlanning() {
        }
    }

    /**
     * What may reach the engine's history: ids, decisions, dates, counts and codes of the session; its free texts,
     * the people's names in the attendance lists and everything about a prospect stay out.
     */
    public static final HistoryPolicy HISTORY = new HistoryPolicy(KEY,
            Set.of(Variables.SESSION_ID, Variables.TERRITORY_CODE, Variables.ADVISORS_GROUP, Variables.SESSION_NAME,
                    Variables.SLOT_IDS, Variables.SLOT_ID, Variables.FACILITATOR, Variables.PLANNING_TASK_NEEDED,
                    Variables.CONTINUING_PROSPECTS, Variables.PROSPECT_REGISTRATION_ID,
                    PlanningForm.KIND, PlanningForm.TERRITORY, PlanningForm.PLACE_KIND, PlanningForm.OUTREACH_DESK,
                    PlanningForm.CAPACITY, PlanningForm.FIRST_DATE, PlanningForm.FIRST_TIME, PlanningForm.FIRST_DURATION,
                    PlanningForm.SECOND_DATE, PlanningForm.SECOND_TIME, PlanningForm.SECOND_DURATION,
                    PlanningForm.DECISION, AttendanceForm.PRESENT, AttendanceForm.EXCUSED, AttendanceForm.CONTINUING,
                    AttendanceForm.CONFIRMED, ProspectJourneyForm.DECISION, SlotChangeForm.CHANGE,
                    SlotChangeForm.NEW_DATE, SlotChangeForm.NEW_TIME, SlotChangeForm.NEW_DURATION),
            Set.of(PlanningForm.TITLE, PlanningForm.THEME, PlanningForm.PLACE_DETAIL, PlanningForm.FACILITATOR_ADVISORS,
                    PlanningForm.PARTNER_FACILITATORS, AttendanceFormData.SLOT_LABEL,
                    AttendanceFormData.REGISTRATION_OPTIONS, AttendanceFormData.PROSPECT_OPTIONS,
                    AttendanceFormData.HAS_PROSPECTS, AttendanceFormData.SIGN_IN_SHEET_LINK,
                    ProspectJourneyForm.BIRTH_YEAR, ProspectJourneyForm.GENDER, ProspectJourneyForm.SITUATION,
                    ProspectJourneyForm.POSTAL_CODE, ProspectJourneyForm.CONSENT, ProspectJourneyFormData.SUMMARY,
                    SlotChangeForm.REASON, SlotChangeFormData.SLOT_LABEL));

    /** The monthly breakfast planning process has no variable at all. */
    public static final HistoryPolicy BREAKFAST_PLANNING_HISTORY = new HistoryPolicy(BreakfastPlanning.KEY, Set.of(),
            Set.of());
}
