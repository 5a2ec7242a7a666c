package fr.poleess.support.agreement;

/** Collective activities planned in an agreement. */
public enum PlannedActivity {
    INFORMATION_SESSION, THEMATIC_WORKSHOPS, BREAKFAST
}
