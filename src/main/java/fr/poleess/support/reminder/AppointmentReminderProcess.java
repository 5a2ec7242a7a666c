package fr.poleess.support.reminder;

import java.util.Set;

import fr.poleess.support.shared.HistoryPolicy;

/** Key, element ids and variables of {@code processes/appointment-reminder.bpmn}. */
public final class AppointmentReminderProcess {

    public static final String KEY = "AppointmentReminderProcess";
    public static final String RESOURCE = "processes/appointment-reminder.bpmn";

    private AppointmentReminderProcess() {
    }

    public static final class Elements {
        public static final String START = "StartEvent_AppointmentBooked";
        public static final String REMINDER_POSSIBLE = "Gateway_ReminderPossible";
        public static final String REMINDER_DUE = "TimerEvent_ReminderDue";
        public static final String SEND_REMINDER = "Task_SendAppointmentReminder";
        public static final String NOT_RECORDED_DUE = "TimerEvent_NotRecordedDue";
        public static final String FLAG_NOT_RECORDED = "Task_FlagAppointmentNotRecorded";
        public static final String FLAGGED = "EndEvent_AppointmentFlagged";
        public static final String RECORDED = "StartEvent_AppointmentRecorded";
        public static final String NO_LONGER_NEEDED = "EndEvent_NoLongerNeeded";
        public static final String CHANGED = "StartEvent_AppointmentChanged";
        public static final String REPLACED = "EndEvent_ReminderReplaced";

        private Elements() {
        }
    }

    public static final class Variables {
        /** The recorded appointment at which the next one was booked. */
        public static final String APPOINTMENT_ID = "appointmentId";
        /** The booked appointment's start, a {@link java.util.Date}. */
        public static final String APPOINTMENT_AT = "appointmentAt";

        private Variables() {
        }
    }

    public static final class Messages {
        /** Correlated by business key when the journey's next appointment is recorded. */
        public static final String APPOINTMENT_RECORDED = "AppointmentRecorded";
        /** Correlated by business key when the booked appointment is moved, cancelled or missed. */
        public static final String APPOINTMENT_CHANGED = "AppointmentChanged";

        private Messages() {
        }
    }

    public static final class Beans {
        public static final String SEND_REMINDER = "sendAppointmentReminderDelegate";
        public static final String FLAG_NOT_RECORDED = "flagAppointmentNotRecordedDelegate";

        private Beans() {
        }
    }

    /** What may reach the engine's history: everything it has, an id and a date. */
    public static final HistoryPolicy HISTORY = new HistoryPolicy(KEY,
            Set.of(Variables.APPOINTMENT_ID, Variables.APPOINTMENT_AT), Set.of());
}
