package fr.poleess.support.workshop;

/** Per registration and slot. Only {@link #PRESENT} counts as attendance, anywhere. */
public enum AttendanceStatus {
    PRESENT("présent·e"),
    ABSENT_EXCUSED("absent·e excusé·e"),
    ABSENT("absent·e"),
    /** The registration was cancelled before the slot. */
    CANCELLED("inscription annulée");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
