package fr.poleess.support.messaging;

import java.util.Set;

import fr.poleess.support.shared.FormFields;
import fr.poleess.support.shared.HistoryPolicy;

/** Key, element ids and variables of {@code processes/message-delivery.bpmn}. */
public final class MessageDeliveryProcess {

    public static final String KEY = "MessageDeliveryProcess";
    public static final String RESOURCE = "processes/message-delivery.bpmn";

    private MessageDeliveryProcess() {
    }

    public static final class Elements {
        public static final String START = "StartEvent_MessageQueued";
        public static final String CHANNEL = "Gateway_Channel";
        public static final String SEND_EMAIL = "Task_SendEmail";
        public static final String SENT = "EndEvent_Sent";
        public static final String CALL_PARTICIPANT = "Task_CallParticipant";
        public static final String CALLED = "EndEvent_Called";

        private Elements() {
        }
    }

    public static final class Variables {
        public static final String MESSAGE_ID = "messageId";
        /** {@code EMAIL} or {@code CALL}, see {@link MessageChannel}. */
        public static final String CHANNEL = "channel";
        /**
         * For a call: the text to read out, shown in the task's form. Task-local, set from the outbox when the
         * task is created; never a process variable, never in history.
         */
        public static final String MESSAGE_TEXT = "messageText";
        /** For a call: whom to call and the number (task-local label, set with {@link #MESSAGE_TEXT}). */
        public static final String PARTICIPANT_NAME = "participantName";
        public static final String ADVISORS_GROUP = "advisorsGroup";
        public static final String REFERENT_ADVISOR = "referentAdvisor";

        private Variables() {
        }
    }

    public static final class Beans {
        public static final String SEND_EMAIL = "sendEmailDelegate";
        public static final String PARTICIPANT_CALLED = "participantCalledListener";
        /** On create of the call task: the message's text and whom to call, read from the outbox. */
        public static final String CALL_PREPARED = "participantCallPreparedListener";

        private Beans() {
        }
    }

    public static final class Forms {
        public static final String CALL_PARTICIPANT = "call-participant";

        private Forms() {
        }
    }

    /** Fields of the form "Appeler le porteur de projet". */
    @FormFields(Forms.CALL_PARTICIPANT)
    public static final class CallForm {
        public static final String MESSAGE_TEXT = Variables.MESSAGE_TEXT;
        public static final String PASSED_ON = "messagePassedOn";

        private CallForm() {
        }
    }

    /** What may reach the engine's history: the message id, channel and who works on it; never the text. */
    public static final HistoryPolicy HISTORY = new HistoryPolicy(KEY,
            Set.of(Variables.MESSAGE_ID, Variables.CHANNEL, Variables.ADVISORS_GROUP, Variables.REFERENT_ADVISOR,
                    CallForm.PASSED_ON),
            Set.of(Variables.MESSAGE_TEXT, Variables.PARTICIPANT_NAME));
}
