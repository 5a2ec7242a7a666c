package fr.poleess.support.access;

/**
 * Camunda groups with a meaning beyond one territory. Advisors groups belong to territories
 * ({@link fr.poleess.support.territory.Territory#getAdvisorsGroup()}).
 */
public final class AccessGroups {

    /** Managers: watch every journey in Cockpit, reassign tasks, produce the yearly report. */
    public static final String MANAGERS = "managers";

    /** Camunda's built-in administrators group; its members may do everything. */
    public static final String ADMINS = "camunda-admin";

    /** Prefix of the Spring Security authority granted for each Camunda group of a user. */
    public static final String AUTHORITY_PREFIX = "GROUP_";

    private AccessGroups() {
    }

    /** The Spring Security authority standing for membership of a Camunda group. */
    public static String authority(String groupId) {
        return AUTHORITY_PREFIX + groupId;
    }
}
