package fr.poleess.support.messaging;

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
        /** For a call: the text to read out, shown in the task's form. */
        public static final String MESSAGE_TEXT = "messageText";
        public static final String PARTICIPANT_NAME = "participantName";
        public static final String ADVISORS_GROUP = "advisorsGroup";
        public static final String REFERENT_ADVISOR = "referentAdvisor";

        private Variables() {
        }
    }

    public static final class Beans {
        public static final String SEND_EMAIL = "sendEmailDelegate";
        public static final String PARTICIPANT_CALLED = "participantCalledListener";

        private Beans() {
        }
    }

    public static final class Forms {
        public static final String CALL_PARTICIPANT = "call-participant";

        private Forms() {
        }
    }
}
