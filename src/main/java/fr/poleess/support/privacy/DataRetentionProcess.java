package fr.poleess.support.privacy;

import java.util.Set;

import fr.poleess.support.shared.HistoryPolicy;

/** Key, element ids and beans of {@code processes/data-retention.bpmn}. */
public final class DataRetentionProcess {

    public static final String KEY = "DataRetentionProcess";
    public static final String RESOURCE = "processes/data-retention.bpmn";

    private DataRetentionProcess() {
    }

    /** The retention run has no variables, and none may reach history. */
    public static final HistoryPolicy HISTORY = new HistoryPolicy(KEY, Set.of(), Set.of());

    public static final class Elements {
        public static final String START = "StartEvent_Daily";
        public static final String APPLY = "Task_ApplyRetention";
        public static final String END = "EndEvent_RetentionApplied";

        private Elements() {
        }
    }

    public static final class Beans {
        /** {@link RetentionSettings}, read by the timer's cycle. */
        public static final String SETTINGS = "retentionSettings";
        public static final String APPLY = "applyRetentionDelegate";

        private Beans() {
        }
    }
}
