package fr.poleess.support.access.internal;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.poleess.support.access.AccessGroups;
import fr.poleess.support.shared.TaskPriorities;
import fr.poleess.support.territory.Territories;
import fr.poleess.support.territory.Territory;
import fr.poleess.support.territory.TerritoryRouting;

/**
 * Creates, at every start and without duplicating anything, the groups, authorizations and Tasklist
 * filters the application needs, the {@code admin} account, and (demo only) one account per role.
 * Existing users, groups and filters are never modified, so changes made in Camunda Admin survive a
 * restart; missing permissions are added to existing grants.
 * <p>
 * Runs right after the process deployment and before the demo journeys, which need the demo accounts.
 * Advisors get no right on process instances or history of the journey process as a whole: what they
 * see of a journey comes only from the task authorizations the engine creates for the candidate
 * group and the assignee of each task, so another territory's journeys stay invisible to them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class AccessSeeding implements ApplicationRunner {

    /** Key of {@code processes/participant-journey.bpmn}; repeated here because journey depends on access, not the reverse. */
    static final String JOURNEY_PROCESS_KEY = "ParticipantJourneyProcess";
    /** Task-local label shown as a column in the filters; set on each task by the journey module (TaskLabels). */
    static final String PARTICIPANT_NAME_VARIABLE = "participantName";
    static final String ADMIN_USER = "admin";

    static final String MY_TASKS = "Mes tâches";
    static final String MY_TERRITORY = "Mon territoire";
    static final String ALL_TASKS = "Toutes les tâches";
    static final String FLAGGED_TASKS = "Rendez-vous non enregistrés";

    private static final Logger LOG = LoggerFactory.getLogger(AccessSeeding.class);

    /** Names of the advisors groups seeded by Flyway; another territory's group is named after it. */
    private static final Map<String, String> ADVISORS_GROUP_NAMES = Map.of(
            "advisors-beaune", "Conseillers — Beaune",
            "advisors-chatillon", "Conseillers — Châtillonnais",
            "advisors-dijon", "Conseillers — Siège (Dijon)");

    /**
     * Demo accounts: fictional people, password {@code demo}. It breaks the password policy on purpose:
     * the demo run is for trying the application, with a password everyone can type; the policy
     * applies to every account created or changed afterwards, and the {@code postgres} profile seeds
     * none of these.
     */
    private static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("conseiller.beaune", "Camille", "Bertrand", "advisors-beaune"),
            new DemoAccount("conseiller.chatillon", "Julien", "Mercier", "advisors-chatillon"),
            new DemoAccount("conseiller.dijon", "Sonia", "Lefèvre", "advisors-dijon"),
            new DemoAccount("responsable", "Hélène", "Garnier", AccessGroups.MANAGERS),
            new DemoAccount(ADMIN_USER, "Administrateur", "Démo", AccessGroups.ADMINS));

    /** The only account of an installation without demo data; its password comes from ADMIN_PASSWORD. */
    private static final DemoAccount ADMIN_ACCOUNT = new DemoAccount(ADMIN_USER, "Administrateur", "Parcours",
            AccessGroups.ADMINS);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final ProcessEngineConfigurationImpl engineConfiguration;
    /** The first demo account as stored: its hash and salt of « demo » serve the other demo accounts. */
    private UserEntity demoHash;
    private final Territories territories;
    private final boolean demoEnabled;
    private final String adminPassword;

    AccessSeeding(IdentityService identityService, AuthorizationService authorizationService,
            FilterService filterService, TaskService taskService, ProcessEngineConfigurationImpl engineConfiguration,
            Territories territories,
            @Value("${" + AdminPasswordGuard.DEMO_ENABLED + ":false}") boolean demoEnabled,
            @Value("${" + AdminPasswordGuard.ADMIN_PASSWORD + ":}") String adminPassword) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
        this.engineConfiguration = engineConfiguration;
        this.territories = territories;
        this.demoEnabled = demoEnabled;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed();
    }

    /** Brings groups, rights, filters and accounts up to date; running it again changes nothing. */
    public void seed() {
        AdminPasswordGuard.check(demoEnabled, adminPassword);
        Grants grants = new Grants(authorizationService);

        Map<String, String> advisorsGroups = advisorsGroups();
        advisorsGroups.forEach((id, name) -> ensureGroup(id, name, Groups.GROUP_TYPE_WORKFLOW));
        ensureGroup(AccessGroups.MANAGERS, "Responsables", Groups.GROUP_TYPE_WORKFLOW);
        ensureGroup(AccessGroups.ADMINS, "Administrateurs", Groups.GROUP_TYPE_SYSTEM);

        Filter myTasks = ensureFilter(MY_TASKS, -10, "Tâches qui vous sont assignées.",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        Filter myTerritory = ensureFilter(MY_TERRITORY, 0,
                "Tâches des équipes dont vous faites partie, assignées ou non.",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks());
        Filter flagged = ensureFilter(FLAGGED_TASKS, 5,
                "Tâches signalées : rendez-vous passé depuis deux jours et toujours pas enregistré.",
                taskService.createTaskQuery().taskMinPriority(TaskPriorities.FLAGGED));
        Filter allTasks = ensureFilter(ALL_TASKS, 10, "Toutes les tâches que vous pouvez voir, tous territoires confondus.",
                taskService.createTaskQuery());

        for (String advisors : advisorsGroups.keySet()) {
            grantAdvisor(grants, advisors);
            grants.grant(advisors, Resources.FILTER, myTasks.getId(), READ);
            grants.grant(advisors, Resources.FILTER, myTerritory.getId(), READ);
            grants.grant(advisors, Resources.FILTER, flagged.getId(), READ);
        }
        grantManager(grants);
        for (Filter filter : List.of(myTasks, myTerritory, flagged, allTasks)) {
            grants.grant(AccessGroups.MANAGERS, Resources.FILTER, filter.getId(), READ);
        }
        // Like the starter's admin-user: ALL on every resource type, which Camunda Admin expects.
        for (Resources resource : Resources.values()) {
            grants.grant(AccessGroups.ADMINS, resource, Authorization.ANY, ALL);
        }

        if (demoEnabled) {
            DEMO_ACCOUNTS.forEach(account -> ensureUser(account, AdminPasswordGuard.DEMO_PASSWORD, true));
        } else {
            ensureUser(ADMIN_ACCOUNT, adminPassword, false);
        }
        LOG.info("Access seeded: {} advisors groups, {} authorizations created or completed, demo accounts {}",
                advisorsGroups.size(), grants.saved(), demoEnabled ? "on" : "off");
    }

    /**
     * Tasklist for their own tasks, and starting a journey from the start form. The start form runs
     * the process as the advisor up to the first task, including the territory-routing decision.
     */
    private static void grantAdvisor(Grants grants, String group) {
        grants.grant(group, Resources.APPLICATION, "tasklist", ACCESS);
        grants.grant(group, Resources.PROCESS_DEFINITION, JOURNEY_PROCESS_KEY,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grants.grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, ProcessInstancePermissions.CREATE);
        grants.grant(group, Resources.DECISION_DEFINITION, TerritoryRouting.DECISION_KEY, READ, CREATE_INSTANCE);
    }

    /** Cockpit over every journey, reassigning and working any task, reading history for the report. */
    private static void grantManager(Grants grants) {
        String group = AccessGroups.MANAGERS;
        grants.grant(group, Resources.APPLICATION, "cockpit", ACCESS);
        grants.grant(group, Resources.APPLICATION, "tasklist", ACCESS);
        grants.grant(group, Resources.PROCESS_DEFINITION, Authorization.ANY,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.UPDATE_TASK, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grants.grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY,
                ProcessInstancePermissions.READ, ProcessInstancePermissions.UPDATE, ProcessInstancePermissions.CREATE);
        grants.grant(group, Resources.TASK, Authorization.ANY,
                TaskPermissions.READ, TaskPermissions.UPDATE, TaskPermissions.TASK_ASSIGN);
        grants.grant(group, Resources.DECISION_DEFINITION, Authorization.ANY, READ, READ_HISTORY, CREATE_INSTANCE);
        grants.grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY, READ);
        grants.grant(group, Resources.DEPLOYMENT, Authorization.ANY, READ);
        // Reassigning a task means choosing among the advisors.
        grants.grant(group, Resources.USER, Authorization.ANY, READ);
        grants.grant(group, Resources.GROUP, Authorization.ANY, READ);
    }

    /** Advisors group id → display name, one per territory. */
    private Map<String, String> advisorsGroups() {
        Map<String, String> groups = new LinkedHashMap<>();
        for (Territory territory : territories.findAllByOrderByCode()) {
            groups.put(territory.getAdvisorsGroup(), ADVISORS_GROUP_NAMES.getOrDefault(territory.getAdvisorsGroup(),
                    "Conseillers — " + territory.getName()));
        }
        return groups;
    }

    private void ensureGroup(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() > 0) {
            return;
        }
        Group group = identityService.newGroup(id);
        group.setName(name);
        group.setType(type);
        identityService.saveGroup(group);
    }

    private Filter ensureFilter(String name, int priority, String description, TaskQuery query) {
        List<Filter> existing = filterService.createFilterQuery().filterName(name).list();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        // Tasklist re-runs the query every few seconds, so a task routed to the team shows up by itself.
        properties.put("refresh", true);
        properties.put("variables", List.of(Map.of("name", PARTICIPANT_NAME_VARIABLE, "label", "Porteur de projet")));
        properties.put("showUndefinedVariable", false);
        Filter filter = filterService.newTaskFilter(name).setQuery(query).setProperties(properties);
        return filterService.saveFilter(filter);
    }

    private void ensureUser(DemoAccount account, String password, boolean demoPassword) {
        if (identityService.createUserQuery().userId(account.id()).count() == 0) {
            User user = identityService.newUser(account.id());
            user.setFirstName(account.firstName());
            user.setLastName(account.lastName());
            if (demoPassword && demoHash != null && user instanceof UserEntity entity) {
                // The demo accounts share the public password « demo »: one PBKDF2 hash (about a second at
                // 600,000 iterations) serves them all instead of one each at every first start.
                entity.setDbPassword(demoHash.getPassword());
                entity.setSalt(demoHash.getSalt());
            } else {
                user.setPassword(password);
            }
            if (demoPassword) {
                // IdentityService has no way to skip the password policy; the engine's own command has.
                engineConfiguration.getCommandExecutorTxRequired().execute(new SaveUserCmd(user, true));
                if (demoHash == null && identityService.createUserQuery().userId(account.id())
                        .singleResult() instanceof UserEntity saved) {
                    demoHash = saved;
                }
            } else {
                identityService.saveUser(user);
            }
            LOG.info("Created user {}", account.id());
        }
        if (identityService.createUserQuery().userId(account.id()).memberOfGroup(account.group()).count() == 0) {
            identityService.createMembership(account.id(), account.group());
        }
    }

    /** The administrator as the engine's password policy will see it when it is created. */
    static User adminUser() {
        UserEntity admin = new UserEntity(ADMIN_ACCOUNT.id());
        admin.setFirstName(ADMIN_ACCOUNT.firstName());
        admin.setLastName(ADMIN_ACCOUNT.lastName());
        return admin;
    }

    private record DemoAccount(String id, String firstName, String lastName, String group) {
    }
}
