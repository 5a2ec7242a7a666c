package fr.poleess.support.access.internal;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The engine REST API as an allow-list, per role: the calls Camunda Tasklist and Cockpit 7.24 make
 * (through the webapps' engine API {@code /camunda/api/engine/engine/default/...}) and those our
 * documented API clients make on {@code /engine-rest} (read tasks, claim, submit a task's form, read its
 * form variables). Paths are relative to the engine root ({@code task/123/claim}); anything not listed
 * is refused with {@code 403}. Administrators ({@code camunda-admin}) are not checked: they keep the
 * whole API. Camunda's authorizations still apply on top, per journey's territory.
 * <p>
 * Calls that carry variables are listed with a {@link Check}: their variables are checked against the
 * task's or start event's own form by {@link EngineApiGuard}.
 */
final class EngineApiRules {

    /** Who may make a call. */
    enum Role {
        /** Members of a territory's advisors group: Tasklist and the documented API calls. */
        ADVISOR,
        /** Members of {@code managers}: Tasklist and Cockpit. */
        MANAGER
    }

    /** What {@link EngineApiGuard} checks besides the path, before the engine sees the request. */
    enum Check {
        NONE,
        /** The variables sent are the fields of the task's own form, nothing else. */
        TASK_FORM,
        /** The variables sent are the fields of the start event's own form, and no business key. */
        START_FORM,
        /** Only jobs of a process instance (never the history cleanup or another process-less job). */
        PROCESS_JOB
    }

    record Rule(Set<String> methods, Pattern path, Set<Role> roles, Check check) {

        boolean matches(String method, String relativePath) {
            return methods.contains(method) && path.matcher(relativePath).matches();
        }
    }

    private static final String ID = "[^/]+";
    /** A process definition's id, never one of the collection's own sub-resources. */
    private static final String DEFINITION = "(key/[^/]+|(?!statistics$|count$)[^/]+)";
    private static final Set<Role> BOTH = Set.of(Role.ADVISOR, Role.MANAGER);
    private static final Set<Role> MANAGERS = Set.of(Role.MANAGER);
    private static final Set<String> READ = Set.of("GET", "HEAD", "OPTIONS");
    /** Reads and the query endpoints that take their criteria in a POST body. */
    private static final Set<String> QUERY = Set.of("GET", "HEAD", "OPTIONS", "POST");
    private static final Set<String> POST = Set.of("POST");

    /** Root of the engine list ({@code /engine-rest/engine}, {@code /camunda/api/engine/engine/}). */
    static final String ENGINES = "";

    static final List<Rule> RULES = List.of(
            // Both webapps and every client: which engines, who am I.
            rule(READ, "", BOTH),
            rule(READ, "version", BOTH),
            rule(READ, "user/" + ID + "/profile", BOTH),
            rule(READ, "user(/count)?", BOTH),
            // Group queries come as GET or, from Cockpit's task dashboard, as POST (group creation is group/create).
            rule(QUERY, "group(/count)?", BOTH),
            rule(READ, "identity/groups", BOTH),
            // The password rules, as Tasklist's profile shows them (checking a password against them changes nothing).
            rule(READ, "identity/password-policy", BOTH),
            rule(READ, "authorization/check", BOTH),
            rule(READ, "telemetry(/data)?", BOTH),

            // Tasklist: filters and task lists.
            rule(QUERY, "filter(/count)?", BOTH),
            rule(READ, "filter/" + ID, BOTH),
            rule(QUERY, "filter/" + ID + "/(list|count|singleResult)", BOTH),
            rule(POST, "filter/create", BOTH),
            rule(Set.of("PUT", "DELETE"), "filter/" + ID, BOTH),
            rule(QUERY, "task(/count)?", BOTH),
            rule(QUERY, "variable-instance(/count)?", BOTH),

            // Tasklist: one task, its form, its people and comments; the documented API does the same.
            rule(READ, "task/" + ID, BOTH),
            rule(READ, "task/" + ID + "/(variables|localVariables)(/" + ID + "(/data)?)?", BOTH),
            rule(READ, "task/" + ID + "/(form|rendered-form|deployed-form|form-variables|identity-links"
                    + "|comment|comment/" + ID + "|attachment|attachment/" + ID + "|attachment/" + ID + "/data)", BOTH),
            rule(POST, "task/" + ID + "/(claim|unclaim|assignee|delegate|identity-links|identity-links/delete"
                    + "|comment/create)", BOTH),
            rule(Set.of("PUT"), "task/" + ID, BOTH),
            rule(POST, "task/" + ID + "/(submit-form|complete|resolve)", BOTH, Check.TASK_FORM),
            rule(READ, "history/(user-operation|identity-link-log)(/count)?", BOTH),

            // Tasklist: start a process from its start form (« Nouvel accueil », planning a session).
            rule(READ, "process-definition(/count)?", BOTH),
            rule(READ, "process-definition/" + DEFINITION + "(/startForm|/rendered-form|/deployed-start-form"
                    + "|/form-variables|/xml)?", BOTH),
            rule(POST, "process-definition/" + DEFINITION + "/submit-form", BOTH, Check.START_FORM),
            rule(READ, "case-definition(/count)?", BOTH),
            rule(READ, "deployment/" + ID + "/resources/" + ID + "(/data)?", BOTH),

            // Cockpit (managers): reads, including statistics across territories, and query endpoints.
            rule(READ, "process-definition/(key/" + ID + "/|" + ID + "/)?statistics", MANAGERS),
            rule(READ, "process-definition/" + ID + "/(static-called-process-definitions|history-time-to-live)",
                    MANAGERS),
            rule(QUERY, "process-instance(/count)?", MANAGERS),
            rule(READ, "process-instance/" + ID + "(/.*)?", MANAGERS),
            rule(QUERY, "execution(/count)?", MANAGERS),
            rule(READ, "execution/" + ID + "(/.*)?", MANAGERS),
            // POST on a history collection is a query, except the cleanup (a job that purges history).
            rule(QUERY, "history/(?!cleanup)[a-z-]+(/count)?", MANAGERS),
            rule(READ, "history/.+", MANAGERS),
            rule(READ, "incident(/count)?|incident/" + ID, MANAGERS),
            rule(QUERY, "job(/count)?", MANAGERS),
            rule(READ, "job/" + ID + "(/stacktrace)?", MANAGERS),
            rule(Set.of("PUT"), "job/" + ID + "/retries", MANAGERS, Check.PROCESS_JOB),
            rule(QUERY, "job-definition(/count)?", MANAGERS),
            rule(READ, "job-definition/" + ID, MANAGERS),
            rule(QUERY, "external-task(/count)?", MANAGERS),
            rule(READ, "variable-instance/" + ID + "(/data)?", MANAGERS),
            rule(READ, "task/report/candidate-group-count", MANAGERS),
            rule(READ, "(decision-definition|decision-requirements-definition|case-definition|deployment)(/.*)?",
                    MANAGERS),
            rule(READ, "(batch|metrics|tenant|authorization)(/.*)?", MANAGERS));

    private EngineApiRules() {
    }

    private static Rule rule(Set<String> methods, String path, Set<Role> roles) {
        return rule(methods, path, roles, Check.NONE);
    }

    private static Rule rule(Set<String> methods, String path, Set<Role> roles, Check check) {
        return new Rule(methods, Pattern.compile(path), roles, check);
    }
}
