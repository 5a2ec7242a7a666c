package fr.poleess.support.journey;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.poleess.support.shared.FormFields;
import fr.poleess.support.shared.HistoryPolicy;

/**
 * Everything code and tests need to know about {@code processes/participant-journey.bpmn}: its key, element ids,
 * variable names, message names, bean names and the field keys of its Camunda Forms. Nothing else names them.
 * The model's elements come in the order of the journey (reception, agreement, individual path, inactivity,
 * collective attendance, closure); each form has one class of field keys, marked {@link FormFields}, whatever
 * module reads the field.
 */
public final class JourneyProcess {

    public static final String KEY = "ParticipantJourneyProcess";
    public static final String RESOURCE = "processes/participant-journey.bpmn";

    private JourneyProcess() {
    }

    /**
     * Every variable a start of this process may carry: the fields of the start form « Nouvel accueil »,
     * nothing else. A start with any other variable ({@code journeyId}, {@code advisorsGroup}…) is refused.
     */
    public static final Set<String> START_FORM_FIELDS = Set.copyOf(NewReceptionForm.ALL);

    /** Element ids, as in the BPMN file. */
    public static final class Elements {
        // Reception
        public static final String START = "StartEvent_ReceptionRequested";
        public static final String REGISTER_JOURNEY = "Task_RegisterJourney";
        public static final String HOLD_RECEPTION = "Task_HoldReception";
        public static final String RECEPTION_DECISION = "Gateway_ReceptionDecision";
        public static final String REDIRECTED = "EndEvent_Redirected";
        public static final String POSTPONED = "EndEvent_Postponed";

        // Agreement: preparation, signature and what happens while it is not signed
        public static final String PREPARE_AGREEMENT = "Task_PrepareAgreement";
        public static final String MERGE_TO_SIGNATURE = "Gateway_MergeToSignature";
        public static final String SIGN_AGREEMENT = "Task_SignAgreement";
        /** Non-interrupting timer on {@link #SIGN_AGREEMENT}, {@code agreement-unsigned-reminder} after it was created. */
        public static final String AGREEMENT_UNSIGNED_REMINDER = "BoundaryEvent_AgreementUnsignedReminder";
        public static final String REMIND_AGREEMENT_SIGNATURE = "Task_RemindAgreementSignature";
        public static final String FOLLOW_UP_UNSIGNED_AGREEMENT = "Task_FollowUpUnsignedAgreement";
        public static final String SIGNATURE_REMINDED = "EndEvent_SignatureReminded";
        /** Interrupting timer on {@link #SIGN_AGREEMENT}, {@code agreement-unsigned-decision} after it was created. */
        public static final String AGREEMENT_UNSIGNED = "BoundaryEvent_AgreementUnsigned";
        public static final String DECIDE_UNSIGNED_AGREEMENT = "Task_DecideUnsignedAgreement";
        public static final String UNSIGNED_AGREEMENT_DECISION = "Gateway_UnsignedAgreementDecision";
        public static final String RECORD_ABANDONMENT = "Task_RecordAbandonment";
        public static final String JOURNEY_ABANDONED = "EndEvent_JourneyAbandoned";

        // Individual path: appointments until the agreement ends
        public static final String INDIVIDUAL_PATH = "SubProcess_IndividualPath";
        public static final String HOLD_APPOINTMENT = "Task_HoldAppointment";
        public static final String APPOINTMENT_DECISION = "Gateway_AppointmentDecision";
        public static final String PATH_LEFT = "EndEvent_PathLeft";
        /** Non-interrupting timer on the individual path, {@code agreement-ending-notice} before the planned end. */
        public static final String AGREEMENT_ENDING_NOTICE = "BoundaryEvent_AgreementEndingNotice";
        public static final String PREPARE_FINAL_REVIEW = "Task_PrepareFinalReview";
        public static final String FINAL_REVIEW_PREPARED = "EndEvent_FinalReviewPrepared";
        public static final String AGREEMENT_ENDED = "BoundaryEvent_AgreementEnded";
        public static final String REVIEW_AGREEMENT_END = "Task_ReviewAgreementEnd";
        public static final String AMEND_AGREEMENT = "Task_AmendAgreement";

        // Inactivity: no appointment for a while
        /** Non-interrupting timer on {@link #HOLD_APPOINTMENT}, {@code inactivity-chase} after it was created. */
        public static final String INACTIVITY_CHASE = "BoundaryEvent_InactivityChase";
        public static final String INVITE_TO_RESUME_CONTACT = "Task_InviteToResumeContact";
        public static final String CHASE_PARTICIPANT = "Task_ChaseParticipant";
        public static final String CONTACT_RESUMED_DECISION = "Gateway_ContactResumed";
        public static final String CONTACT_RESUMED = "EndEvent_ContactResumed";
        /** Intermediate timer, {@code inactivity-decision} after « Relancer le porteur de projet » found no contact. */
        public static final String INACTIVITY_DECISION_DUE = "TimerEvent_InactivityDecision";
        public static final String DECIDE_AFTER_INACTIVITY = "Task_DecideAfterInactivity";
        public static final String INACTIVITY_DECISION = "Gateway_InactivityDecision";
        public static final String INACTIVITY_CONTINUED = "EndEvent_InactivityContinued";
        /** Terminate end event inside the individual path: ends it, then « Bilan de fin de parcours » (ABANDONED). */
        public static final String INACTIVITY_ABANDONED = "EndEvent_InactivityAbandoned";

        // Event subprocess « Présence à un temps collectif »
        public static final String ATTENDANCE_SUBPROCESS = "SubProcess_CollectiveAttendance";
        /** Started by {@link Messages#ATTENDANCE_RECORDED}. */
        public static final String ATTENDANCE_RECEIVED = "StartEvent_CollectiveAttendanceReceived";
        public static final String RECORD_ATTENDANCE = "Task_TakeAttendanceIntoAccount";
        public static final String REPEATED_ABSENCES_GATEWAY = "Gateway_RepeatedAbsences";
        public static final String REPEATED_ABSENCES_TASK = "Task_RepeatedAbsences";
        public static final String ATTENDANCE_NOTED = "EndEvent_AttendanceNoted";
        public static final String REPEATED_ABSENCES_HANDLED = "EndEvent_RepeatedAbsencesHandled";

        // Closure
        public static final String FINAL_REVIEW = "Task_FinalReview";
        public static final String JOURNEY_CLOSED = "EndEvent_JourneyClosed";

        private Elements() {
        }
    }

    /** Process variables: ids, decisions and dates only, and the task-local values named so. */
    public static final class Variables {
        public static final String JOURNEY_ID = "journeyId";
        public static final String TERRITORY_CODE = "territoryCode";
        /** Candidate group of the journey's territory, decided by {@code territory-routing.dmn}. */
        public static final String ADVISORS_GROUP = "advisorsGroup";
        /** User id of the advisor who completed the reception; later tasks are assigned to them. */
        public static final String REFERENT_ADVISOR = "referentAdvisor";
        /**
         * Task-local label ("Marie DUPONT — Meursault") so advisors know whom a task is about: Tasklist's list
         * (filter column « Porteur de projet ») and the forms' titles show it. Not a process variable: the journey
         * module computes it from the participant when each task of a journey is created ({@link TaskLabels}),
         * it never reaches history and {@link TaskLabels#erase} removes it.
         */
        public static final String PARTICIPANT_NAME = "participantName";
        /** The journey's reference; « Signature du contrat » links to {@code /api/journeys/{reference}/agreement.pdf}. */
        public static final String JOURNEY_REFERENCE = "journeyReference";
        public static final String RECEPTION_DECISION = "receptionDecision";
        public static final String AGREEMENT_ID = "agreementId";
        /** {@link java.util.Date} at which the agreement's planned end timer fires. */
        public static final String AGREEMENT_END_DATE = "agreementEndDate";
        public static final String APPOINTMENT_DECISION = "appointmentDecision";
        /** {@link java.util.Date} of the next appointment booked, if any: the due date of the task that records it. */
        public static final String NEXT_APPOINTMENT_AT = "nextAppointmentAt";
        /**
         * Local to « Rendez-vous individuel »'s execution, set when it is created and removed when it completes: JSON
         * array of {@code {label, value}}, the partners serving the territory, recommended first.
         */
        public static final String REFERRAL_PARTNER_OPTIONS = "referralPartnerOptions";
        /** Task-local on « Rendez-vous individuel »: the upcoming collective sessions it offers. */
        public static final String SESSION_REGISTRATION_OPTIONS = "upcomingSessionOptions";
        public static final String REVIEW_DECISION = "reviewDecision";
        public static final String OUTCOME = "outcomeKind";
        public static final String UNSIGNED_AGREEMENT_DECISION = "unsignedAgreementDecision";
        /** Answer of « Relancer le porteur de projet »: was contact resumed? ({@link ContactAnswers}) */
        public static final String CONTACT_RESUMED = "contactResumed";
        public static final String INACTIVITY_DECISION = "inactivityDecision";
        /** Local variables of « Présence à un temps collectif », set by the correlation of its message. */
        public static final String ATTENDANCE_ID = "collectiveAttendanceId";
        public static final String ATTENDANCE_STATUS = "collectiveAttendanceStatus";
        public static final String ATTENDED_SESSION = "collectiveSessionLabel";
        /** Set by « Prendre en compte la présence »: two unexcused absences in a row. */
        public static final String REPEATED_ABSENCES = "repeatedAbsences";

        private Variables() {
        }
    }

    /** Messages the model waits for. */
    public static final class Messages {
        /** Correlated by the collective-session process, by business key and instance id, once per slot. */
        public static final String ATTENDANCE_RECORDED = "CollectiveAttendanceRecorded";

        private Messages() {
        }
    }

    /** Values of {@link Variables#RECEPTION_DECISION}. */
    public static final class ReceptionDecisions {
        public static final String AGREEMENT = "AGREEMENT";
        public static final String REDIRECTED = "REDIRECTED";
        public static final String POSTPONED = "POSTPONED";

        private ReceptionDecisions() {
        }
    }

    /** Values of {@link AppointmentForm#OUTCOME}; all but HELD are {@code AppointmentChange.Kind} names. */
    public static final class AppointmentOutcomes {
        public static final String HELD = "HELD";
        public static final String MOVED = "MOVED";
        public static final String CANCELLED_BY_PARTICIPANT = "CANCELLED_BY_PARTICIPANT";
        public static final String CANCELLED_BY_US = "CANCELLED_BY_US";
        public static final String NOT_HONOURED = "NOT_HONOURED";

        private AppointmentOutcomes() {
        }
    }

    /** Values of {@link Variables#APPOINTMENT_DECISION} and {@link Variables#REVIEW_DECISION}. */
    public static final class PathDecisions {
        public static final String CONTINUE = "CONTINUE";
        public static final String EXTEND = "EXTEND";
        public static final String CLOSE = "CLOSE";

        private PathDecisions() {
        }
    }

    /** Values of {@link Variables#UNSIGNED_AGREEMENT_DECISION}. */
    public static final class UnsignedAgreementDecisions {
        public static final String REPROPOSE = "REPROPOSE";
        public static final String ABANDON = "ABANDON";

        private UnsignedAgreementDecisions() {
        }
    }

    /** Values of {@link Variables#CONTACT_RESUMED}. */
    public static final class ContactAnswers {
        public static final String YES = "YES";
        public static final String NO = "NO";

        private ContactAnswers() {
        }
    }

    /** Values of {@link Variables#INACTIVITY_DECISION}. */
    public static final class InactivityDecisions {
        public static final String CONTINUE = "CONTINUE";
        public static final String ABANDON = "ABANDON";

        private InactivityDecisions() {
        }
    }

    /** Ids of the Camunda Forms (the {@code id} inside each {@code .form} file), in the order of the journey. */
    public static final class Forms {
        public static final String NEW_RECEPTION = "new-reception";
        public static final String RECEPTION = "reception";
        public static final String AGREEMENT_PREPARATION = "agreement-preparation";
        public static final String AGREEMENT_SIGNATURE = "agreement-signature";
        public static final String UNSIGNED_AGREEMENT_FOLLOW_UP = "unsigned-agreement-follow-up";
        public static final String UNSIGNED_AGREEMENT_DECISION = "unsigned-agreement-decision";
        public static final String APPOINTMENT = "appointment";
        public static final String PREPARE_FINAL_REVIEW = "prepare-final-review";
        public static final String AGREEMENT_END_REVIEW = "agreement-end-review";
        public static final String AGREEMENT_AMENDMENT = "agreement-amendment";
        public static final String INACTIVITY_CHASE = "inactivity-chase";
        public static final String INACTIVITY_DECISION = "inactivity-decision";
        public static final String REPEATED_ABSENCES = "repeated-absences";
        public static final String FINAL_REVIEW = "final-review";

        private Forms() {
        }
    }

    /**
     * Spring bean names used by {@code delegateExpression} in the BPMN, by element. The module that implements
     * each is said where it is not the journey's own; the BPMN's documentation of each task says in which order
     * its listeners run.
     */
    public static final class Beans {
        /** On every task assigned to the referent: a manager who reassigns it hands the journey over. */
        public static final String REFERENT_REASSIGNED = "referentReassignedListener";

        /** {@code Task_RegisterJourney}. */
        public static final String REGISTER_JOURNEY = "registerJourneyDelegate";
        /** « Accueil », on complete ({@code reception}). */
        public static final String RECEPTION_COMPLETED = "receptionCompletedListener";
        /** « Préparer le contrat d'accompagnement », on complete ({@code agreement}). */
        public static final String AGREEMENT_PREPARED = "agreementPreparedListener";
        /** « Signature du contrat », on complete ({@code agreement}). */
        public static final String AGREEMENT_SIGNED = "agreementSignedListener";
        /** « Relancer pour la signature » ({@code agreement}). */
        public static final String REMIND_AGREEMENT_SIGNATURE = "remindAgreementSignatureDelegate";
        /** « Décider de la suite du contrat non signé », on complete ({@code agreement}). */
        public static final String UNSIGNED_AGREEMENT_DECIDED = "unsignedAgreementDecidedListener";
        /** « Clore le parcours (abandon) » ({@code closure}). */
        public static final String RECORD_ABANDONMENT = "recordAbandonmentDelegate";

        /** « Rendez-vous individuel », on create, first: the partners offered for referral ({@code referral}). */
        public static final String RECOMMEND_REFERRALS = "referralRecommendationListener";
        /** « Rendez-vous individuel », on create, second: the upcoming sessions offered ({@code workshop}). */
        public static final String UPCOMING_SESSION_OPTIONS = "upcomingSessionOptionsListener";
        /** « Rendez-vous individuel », on complete, first: the appointment, or its change ({@code appointment}). */
        public static final String APPOINTMENT_HELD = "appointmentHeldListener";
        /** « Rendez-vous individuel », on complete, second: profile and referrals chosen ({@code referral}). */
        public static final String REFERRALS_DECIDED = "referralsDecidedListener";
        /** « Rendez-vous individuel », on complete, third: registrations to collective sessions ({@code workshop}). */
        public static final String COLLECTIVE_REGISTRATION = "collectiveRegistrationListener";

        /** « Revue de fin de contrat », on complete ({@code agreement}). */
        public static final String AGREEMENT_END_REVIEWED = "agreementEndReviewedListener";
        /** « Avenant au contrat », on complete ({@code agreement}). */
        public static final String AGREEMENT_AMENDED = "agreementAmendedListener";

        /** « Inviter le porteur à reprendre contact » ({@code reminder}). */
        public static final String INVITE_TO_RESUME_CONTACT = "inviteToResumeContactDelegate";
        /** « Relancer le porteur de projet », on complete ({@code reminder}). */
        public static final String INACTIVITY_CHASED = "inactivityChasedListener";
        /** « Décider de la suite », on complete ({@code reminder}). */
        public static final String INACTIVITY_DECIDED = "inactivityDecidedListener";

        /** « Prendre en compte la présence » ({@code workshop}). */
        public static final String COLLECTIVE_ATTENDANCE_RECEIVED = "collectiveAttendanceReceivedDelegate";

        /** « Bilan de fin de parcours », on complete ({@code closure}). */
        public static final String FINAL_REVIEW_COMPLETED = "finalReviewCompletedListener";

        private Beans() {
        }
    }

    /** Fields of the start form « Nouvel accueil ». */
    @FormFields(Forms.NEW_RECEPTION)
    public static final class NewReceptionForm {
        public static final String FIRST_NAME = "firstName";
        public static final String LAST_NAME = "lastName";
        public static final String EMAIL = "email";
        public static final String PHONE = "phone";
        public static final String ADDRESS_LINE = "addressLine";
        public static final String POSTAL_CODE = "postalCode";
        public static final String COMMUNE = "commune";
        public static final String BIRTH_YEAR = "birthYear";
        public static final String GENDER = "gender";
        public static final String SITUATION = "situation";
        public static final String MOBILITY_CONSTRAINTS = "mobilityConstraints";
        public static final String CAME_THROUGH = "cameThrough";
        public static final String REFERRING_PARTNER_TYPE = "referringPartnerType";
        public static final String REFERRING_PARTNER_NAME = "referringPartnerName";
        public static final String INFORMATION_SESSION_DATE = "informationSessionDate";
        public static final String CONSENT_GIVEN = "consentGiven";
        /** The participant agrees that the referring partner of the directory is told how the journey goes. */
        public static final String REFERRER_FEEDBACK_CONSENT = "referrerFeedbackConsent";

        public static final List<String> ALL = List.of(FIRST_NAME, LAST_NAME, EMAIL, PHONE, ADDRESS_LINE, POSTAL_CODE,
                COMMUNE, BIRTH_YEAR, GENDER, SITUATION, MOBILITY_CONSTRAINTS, CAME_THROUGH, REFERRING_PARTNER_TYPE,
                REFERRING_PARTNER_NAME, INFORMATION_SESSION_DATE, CONSENT_GIVEN, REFERRER_FEEDBACK_CONSENT);

        private NewReceptionForm() {
        }
    }

    /** Fields of the form « Accueil » ({@code Task_HoldReception}). */
    @FormFields(Forms.RECEPTION)
    public static final class ReceptionForm {
        public static final String DATE = "receptionDate";
        public static final String MODE = "receptionMode";
        public static final String PROJECT_SUMMARY = "projectSummary";
        public static final String PROJECT_SECTOR = "projectSector";
        public static final String NEEDS = "needs";
        public static final String DECISION = Variables.RECEPTION_DECISION;
        public static final String REDIRECTED_TO = "redirectedTo";
        public static final String COMMENT = "receptionComment";

        private ReceptionForm() {
        }
    }

    /** Fields of the form « Préparer le contrat d'accompagnement » ({@code Task_PrepareAgreement}). */
    @FormFields(Forms.AGREEMENT_PREPARATION)
    public static final class AgreementPreparationForm {
        public static final String START_DATE = "agreementStartDate";
        public static final String DURATION_MONTHS = "agreementDurationMonths";
        public static final String OBJECTIVES = "agreementObjectives";
        public static final String PLANNED_ACTIVITIES = "plannedActivities";
        public static final String PLANNED_WORKSHOPS = "plannedWorkshops";

        private AgreementPreparationForm() {
        }
    }

    /** Fields of the form « Signature du contrat » ({@code Task_SignAgreement}). */
    @FormFields(Forms.AGREEMENT_SIGNATURE)
    public static final class AgreementSignatureForm {
        public static final String SIGNED_ON = "agreementSignedOn";
        public static final String CONFIRMED = "signatureConfirmed";

        private AgreementSignatureForm() {
        }
    }

    /** Fields of the form « Appeler le porteur au sujet de la signature » ({@code Task_FollowUpUnsignedAgreement}). */
    @FormFields(Forms.UNSIGNED_AGREEMENT_FOLLOW_UP)
    public static final class UnsignedAgreementFollowUpForm {
        public static final String CONTACTED = "unsignedAgreementContacted";

        private UnsignedAgreementFollowUpForm() {
        }
    }

    /** Fields of the form « Décider de la suite du contrat non signé » ({@code Task_DecideUnsignedAgreement}). */
    @FormFields(Forms.UNSIGNED_AGREEMENT_DECISION)
    public static final class UnsignedAgreementDecisionForm {
        public static final String DECISION = Variables.UNSIGNED_AGREEMENT_DECISION;
        public static final String COMMENT = "unsignedAgreementComment";

        private UnsignedAgreementDecisionForm() {
        }
    }

    /**
     * Fields of the form « Rendez-vous individuel » ({@code Task_HoldAppointment}), in the form's order: the
     * appointment or what happened to it instead ({@code appointment}), the project profile and referrals
     * ({@code referral}), the registrations to collective sessions ({@code workshop}) and the path's decision.
     */
    @FormFields(Forms.APPOINTMENT)
    public static final class AppointmentForm {
        /**
         * {@link AppointmentOutcomes#HELD} (default: the form records the appointment), or what happened
         * instead to the booked appointment. Then only the change fields below count, and the flow loops
         * to a new « Rendez-vous individuel ».
         */
        public static final String OUTCOME = "appointmentOutcome";
        public static final String CHANGE_DATE = "changeDate";
        public static final String CHANGE_TIME = "changeTime";
        public static final String CHANGE_MODE = "changeMode";
        public static final String CHANGE_PLACE = "changePlace";
        public static final String CHANGE_REASON = "changeReason";
        public static final String DATE = "appointmentDate";
        public static final String TIME = "appointmentTime";
        public static final String DURATION_MINUTES = "appointmentDurationMinutes";
        public static final String MODE = "appointmentMode";
        public static final String PLACE = "appointmentPlace";
        public static final String STEPS_DONE = "stepsDone";
        public static final String NOTES = "appointmentNotes";
        public static final String NEXT_STEPS = "nextSteps";
        /** Inputs of {@code referral-recommendations.dmn} the reception does not give. */
        public static final String LEGAL_FORM_CONSIDERED = "legalFormConsidered";
        public static final String FINANCING_NEED = "financingNeed";
        public static final String BANK_ACCESS = "bankAccess";
        /** Checklist of partner ids (as strings); starts empty: only an explicit choice refers anyone. */
        public static final String PARTNERS = "referralPartners";
        /** Checklist of the partner ids to whom the participant agrees their contact details go. */
        public static final String CONTACT_SHARED = "referralContactShared";
        public static final String NEXT_APPOINTMENT_DATE = "nextAppointmentDate";
        public static final String NEXT_APPOINTMENT_TIME = "nextAppointmentTime";
        public static final String NEXT_APPOINTMENT_MODE = "nextAppointmentMode";
        public static final String NEXT_APPOINTMENT_PLACE = "nextAppointmentPlace";
        /** KEEP, PAUSE or RESUME the participant's automatic messages. */
        public static final String AUTOMATIC_MESSAGES = "automaticMessages";
        /** The collective sessions ticked (ids); its options are {@link Variables#SESSION_REGISTRATION_OPTIONS}. */
        public static final String SESSION_REGISTRATIONS = "sessionRegistrations";
        public static final String DECISION = Variables.APPOINTMENT_DECISION;

        private AppointmentForm() {
        }
    }

    /** Fields of the form « Préparer le bilan de fin de parcours » ({@code Task_PrepareFinalReview}). */
    @FormFields(Forms.PREPARE_FINAL_REVIEW)
    public static final class PrepareFinalReviewForm {
        public static final String NOTED = "finalReviewPreparationNoted";

        private PrepareFinalReviewForm() {
        }
    }

    /** Fields of the form « Revue de fin de contrat » ({@code Task_ReviewAgreementEnd}). */
    @FormFields(Forms.AGREEMENT_END_REVIEW)
    public static final class AgreementEndReviewForm {
        public static final String DECISION = Variables.REVIEW_DECISION;
        public static final String COMMENT = "reviewComment";

        private AgreementEndReviewForm() {
        }
    }

    /** Fields of the form « Avenant au contrat » ({@code Task_AmendAgreement}). */
    @FormFields(Forms.AGREEMENT_AMENDMENT)
    public static final class AmendmentForm {
        public static final String EXTENSION_MONTHS = "extensionMonths";
        public static final String REASON = "amendmentReason";

        private AmendmentForm() {
        }
    }

    /** Fields of the form « Relancer le porteur de projet » ({@code Task_ChaseParticipant}). */
    @FormFields(Forms.INACTIVITY_CHASE)
    public static final class InactivityChaseForm {
        public static final String CONTACT_RESUMED = Variables.CONTACT_RESUMED;
        public static final String COMMENT = "inactivityChaseComment";

        private InactivityChaseForm() {
        }
    }

    /** Fields of the form « Décider de la suite » ({@code Task_DecideAfterInactivity}). */
    @FormFields(Forms.INACTIVITY_DECISION)
    public static final class InactivityDecisionForm {
        public static final String DECISION = Variables.INACTIVITY_DECISION;
        public static final String COMMENT = "inactivityDecisionComment";

        private InactivityDecisionForm() {
        }
    }

    /** Fields of the form « Absences répétées » ({@code Task_RepeatedAbsences}). */
    @FormFields(Forms.REPEATED_ABSENCES)
    public static final class RepeatedAbsencesForm {
        public static final String CONTACTED = "repeatedAbsencesContacted";
        public static final String COMMENT = "repeatedAbsencesComment";

        private RepeatedAbsencesForm() {
        }
    }

    /** Fields of the form « Bilan de fin de parcours » ({@code Task_FinalReview}). */
    @FormFields(Forms.FINAL_REVIEW)
    public static final class FinalReviewForm {
        public static final String OUTCOME = Variables.OUTCOME;
        public static final String OUTCOME_DATE = "outcomeDate";
        public static final String PATH_SUMMARY = "pathSummary";
        public static final String LEGAL_FORM = "legalForm";
        public static final String ACTIVITY_CREATED_ON = "activityCreatedOn";
        public static final String SIRET = "siret";
        public static final String JOBS_CREATED = "jobsCreated";
        public static final String REDIRECTED_TO = "outcomeRedirectedTo";
        public static final String COMMENT = "outcomeComment";

        private FinalReviewForm() {
        }
    }

    /**
     * What of this process may reach the engine's history: ids, decisions and dates ({@code kept}); every other
     * form field and variable is declared in {@code keptOut} and never written to {@code ACT_HI_*}.
     */
    public static final HistoryPolicy HISTORY = new HistoryPolicy(
            KEY,
            Set.of(Variables.JOURNEY_ID, Variables.TERRITORY_CODE, Variables.ADVISORS_GROUP,
                    Variables.REFERENT_ADVISOR, Variables.RECEPTION_DECISION, Variables.AGREEMENT_ID,
                    Variables.AGREEMENT_END_DATE, Variables.APPOINTMENT_DECISION, Variables.NEXT_APPOINTMENT_AT,
                    Variables.REVIEW_DECISION, Variables.OUTCOME, Variables.UNSIGNED_AGREEMENT_DECISION,
                    Variables.CONTACT_RESUMED, Variables.INACTIVITY_DECISION, Variables.JOURNEY_REFERENCE,
                    Variables.ATTENDANCE_ID, Variables.ATTENDANCE_STATUS, Variables.ATTENDED_SESSION,
                    Variables.REPEATED_ABSENCES, AppointmentForm.SESSION_REGISTRATIONS,
                    ReceptionForm.DATE, ReceptionForm.MODE,
                    AgreementPreparationForm.START_DATE, AgreementPreparationForm.DURATION_MONTHS,
                    AgreementSignatureForm.SIGNED_ON, AgreementSignatureForm.CONFIRMED,
                    AppointmentForm.DATE, AppointmentForm.TIME, AppointmentForm.DURATION_MINUTES, AppointmentForm.MODE,
                    AppointmentForm.NEXT_APPOINTMENT_DATE, AppointmentForm.NEXT_APPOINTMENT_TIME,
                    AppointmentForm.NEXT_APPOINTMENT_MODE, AppointmentForm.AUTOMATIC_MESSAGES,
                    AppointmentForm.OUTCOME, AppointmentForm.CHANGE_DATE, AppointmentForm.CHANGE_TIME,
                    AppointmentForm.CHANGE_MODE,
                    AppointmentForm.PARTNERS, AppointmentForm.CONTACT_SHARED,
                    AmendmentForm.EXTENSION_MONTHS, FinalReviewForm.OUTCOME_DATE, FinalReviewForm.ACTIVITY_CREATED_ON,
                    PrepareFinalReviewForm.NOTED, UnsignedAgreementFollowUpForm.CONTACTED,
                    RepeatedAbsencesForm.CONTACTED),
            Stream.of(NewReceptionForm.ALL.stream(), Stream.of(
                    Variables.PARTICIPANT_NAME,
                    ReceptionForm.PROJECT_SUMMARY, ReceptionForm.PROJECT_SECTOR, ReceptionForm.NEEDS,
                    ReceptionForm.REDIRECTED_TO, ReceptionForm.COMMENT,
                    AgreementPreparationForm.OBJECTIVES, AgreementPreparationForm.PLANNED_ACTIVITIES,
                    AgreementPreparationForm.PLANNED_WORKSHOPS,
                    AppointmentForm.PLACE, AppointmentForm.STEPS_DONE, AppointmentForm.NOTES, AppointmentForm.NEXT_STEPS,
                    AppointmentForm.NEXT_APPOINTMENT_PLACE, AppointmentForm.CHANGE_PLACE, AppointmentForm.CHANGE_REASON,
                    AppointmentForm.LEGAL_FORM_CONSIDERED, AppointmentForm.FINANCING_NEED,
                    AppointmentForm.BANK_ACCESS, Variables.REFERRAL_PARTNER_OPTIONS,
                    Variables.SESSION_REGISTRATION_OPTIONS,
                    AmendmentForm.REASON, AgreementEndReviewForm.COMMENT,
                    FinalReviewForm.PATH_SUMMARY, FinalReviewForm.LEGAL_FORM, FinalReviewForm.SIRET,
                    FinalReviewForm.JOBS_CREATED, FinalReviewForm.REDIRECTED_TO, FinalReviewForm.COMMENT,
                    UnsignedAgreementDecisionForm.COMMENT, InactivityChaseForm.COMMENT, InactivityDecisionForm.COMMENT,
                    RepeatedAbsencesForm.COMMENT)).flatMap(s -> s).collect(Collectors.toSet()));
}
