package fr.poleess.support.access.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.poleess.support.access.AccessGroups;
import fr.poleess.support.access.internal.EngineApiRules.Check;
import fr.poleess.support.access.internal.EngineApiRules.Role;
import fr.poleess.support.access.internal.EngineApiRules.Rule;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Stands between every client and the engine's REST APIs: {@code /engine-rest} (HTTP Basic) and the
 * webapps' {@code /camunda/api/engine} (Tasklist's and Cockpit's session). For anyone but an
 * administrator it
 * <ul>
 * <li>lets through only the calls of {@link EngineApiRules} for the caller's role, {@code 403} otherwise;</li>
 * <li>answers a task the caller may not see with the same {@code 404} as a task that does not exist,
 * on the task and on every sub-resource, so that ids of other territories cannot be probed;</li>
 * <li>accepts on a task's completion only the fields of that task's own form, and on a start only the
 * fields of the start form: identity and routing variables ({@code journeyId}, {@code advisorsGroup},
 * {@code referentAdvisor}…) can never be sent by a client;</li>
 * <li>touches a job only when it belongs to a process instance.</li>
 * </ul>
 * For everyone, a {@code 500} from the engine is replaced by a French problem body without Java class
 * names; the original is logged with a reference the body gives.
 */
class EngineApiGuard extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(EngineApiGuard.class);
    private static final Pattern ENGINE_REST = Pattern.compile("/engine-rest(?:/engine(?:/([^/]+))?)?(?:/(.*))?");
    private static final Pattern WEBAPP = Pattern.compile("/camunda/api/engine/engine(?:/([^/]+))?(?:/(.*))?");
    private static final Pattern TASK = Pattern.compile("task/([^/]+)(/.*)?");
    private static final Set<String> TASK_COLLECTION = Set.of("count", "create", "report");
    private static final Pattern JOB = Pattern.compile("job/([^/]+)/.*");
    private static final Pattern DEFINITION = Pattern.compile("process-definition/(key/)?([^/]+)/submit-form");
    private static final Set<String> TASK_BODY = Set.of("variables", "withVariablesInReturn");
    private static final Set<String> START_BODY = Set.of("variables", "businessKey");
    private static final int MAX_CHECKED_BODY = 1024 * 1024;
    private static final String DEFAULT_ENGINE = "default";

    private final IdentityService identityService;
    private final TaskService taskService;
    private final FormService formService;
    private final RepositoryService repositoryService;
    private final ManagementService managementService;
    private final ObjectMapper objectMapper;

    EngineApiGuard(IdentityService identityService, TaskService taskService, FormService formService,
            RepositoryService repositoryService, ManagementService managementService, ObjectMapper objectMapper) {
        this.identityService = identityService;
        this.taskService = taskService;
        this.formService = formService;
        this.repositoryService = repositoryService;
        this.managementService = managementService;
        this.objectMapper = objectMapper;
    }

    /** Who calls: user, groups. */
    record Caller(String userId, List<String> groupIds) {

        boolean isAdmin() {
            return groupIds.contains(AccessGroups.ADMINS);
        }

        Role role() {
            return groupIds.contains(AccessGroups.MANAGERS) ? Role.MANAGER : Role.ADVISOR;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean webapp = path.startsWith("/camunda/");
        Matcher matcher = (webapp ? WEBAPP : ENGINE_REST).matcher(path);
        Optional<Caller> caller = caller(request, webapp);
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        try {
            if (caller.isEmpty()) {
                // No one logged in: Spring Security (/engine-rest) or the webapps (/camunda) answer 401.
                chain.doFilter(request, wrapper);
                return;
            }
            if (caller.get().isAdmin()) {
                chain.doFilter(request, wrapper);
                return;
            }
            if (!matcher.matches()) {
                refuse(request, wrapper, caller.get(), HttpStatus.FORBIDDEN, "Accès refusé",
                        "Cet appel à l'API du moteur n'est pas autorisé.");
                return;
            }
            String relative = matcher.group(2) == null ? "" : matcher.group(2);
            if (relative.endsWith("/")) {
                relative = relative.substring(0, relative.length() - 1);
            }
            if (suspicious(path) || (matcher.group(1) != null && !DEFAULT_ENGINE.equals(matcher.group(1)))) {
                refuse(request, wrapper, caller.get(), HttpStatus.FORBIDDEN, "Accès refusé",
                        "Cet appel à l'API du moteur n'est pas autorisé.");
                return;
            }
            Optional<Rule> rule = allowed(request.getMethod(), relative, caller.get().role());
            if (rule.isEmpty()) {
                refuse(request, wrapper, caller.get(), HttpStatus.FORBIDDEN, "Accès refusé",
                        "Cet appel à l'API du moteur n'est pas autorisé pour votre rôle.");
                return;
            }
            if (!taskVisible(relative, caller.get())) {
                write(request, wrapper, HttpStatus.NOT_FOUND, "urn:problem:not-found", "Tâche introuvable",
                        "Aucune tâche de ce numéro n'est visible pour vous.");
                return;
            }
            HttpServletRequest checked = request;
            if (rule.get().check() == Check.TASK_FORM || rule.get().check() == Check.START_FORM) {
                byte[] body = request.getInputStream().readNBytes(MAX_CHECKED_BODY + 1);
                if (body.length > MAX_CHECKED_BODY) {
                    write(request, wrapper, HttpStatus.PAYLOAD_TOO_LARGE, "urn:problem:payload-too-large",
                            "Requête trop volumineuse", "Le corps de la requête dépasse 1 Mio.");
                    return;
                }
                Optional<String> refusal = rule.get().check() == Check.TASK_FORM ? taskFormRefusal(relative, body)
                        : startFormRefusal(relative, body);
                if (refusal.isPresent()) {
                    refuse(request, wrapper, caller.get(), HttpStatus.BAD_REQUEST, "Saisie refusée", refusal.get());
                    return;
                }
                checked = new ReplayedBodyRequest(request, body);
            } else if (rule.get().check() == Check.PROCESS_JOB && !processJob(relative)) {
                refuse(request, wrapper, caller.get(), HttpStatus.FORBIDDEN, "Accès refusé",
                        "Seuls les travaux d'une instance de processus peuvent être relancés.");
                return;
            }
            chain.doFilter(checked, wrapper);
        } finally {
            hideServerErrors(request, wrapper);
            wrapper.copyBodyToResponse();
        }
    }

    static Optional<Rule> allowed(String method, String relative, Role role) {
        return EngineApiRules.RULES.stream()
                .filter(rule -> rule.roles().contains(role) && rule.matches(method, relative)).findFirst();
    }

    private static boolean suspicious(String path) {
        // Spring Security's firewall already refuses these; the allow-list reads the raw path, so check again.
        String lower = path.toLowerCase();
        return path.contains(";") || path.contains("//") || path.contains("\\") || lower.contains("%2f")
                || lower.contains("%5c") || lower.contains("%2e") || path.contains("/../") || path.contains("/./");
    }

    private Optional<Caller> caller(HttpServletRequest request, boolean webapp) {
        if (!webapp) {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication != null && authentication.getPrincipal() instanceof EngineUser user
                    ? Optional.of(new Caller(user.userId(), user.groupIds()))
                    : Optional.empty();
        }
        HttpSession session = request.getSession(false);
        Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        var user = authentications == null ? null : authentications.getAuthenticationForProcessEngine(DEFAULT_ENGINE);
        if (user instanceof UserAuthentication logged && logged.getName() != null) {
            return Optional.of(new Caller(logged.getName(),
                    logged.getGroupIds() == null ? List.of() : List.copyOf(logged.getGroupIds())));
        }
        return Optional.empty();
    }

    /** A task id the caller cannot see answers exactly like one that does not exist. */
    private boolean taskVisible(String relative, Caller caller) {
        Matcher task = TASK.matcher(relative);
        if (!task.matches() || TASK_COLLECTION.contains(task.group(1))) {
            return true;
        }
        return as(caller, () -> taskService.createTaskQuery().taskId(task.group(1)).count() > 0);
    }

    private Optional<String> taskFormRefusal(String relative, byte[] body) {
        Matcher task = TASK.matcher(relative);
        task.matches();
        Optional<JsonNode> json = json(body);
        if (json.isEmpty()) {
            return Optional.of("Le corps de la requête n'est pas un objet JSON.");
        }
        Optional<String> shape = unexpectedProperties(json.get(), TASK_BODY);
        if (shape.isPresent()) {
            return shape;
        }
        Set<String> allowed = asSystem(() -> formFields(() -> formService.getDeployedTaskForm(task.group(1))));
        return unexpectedVariables(json.get(), allowed, "le formulaire de cette tâche");
    }

    private Optional<String> startFormRefusal(String relative, byte[] body) {
        Matcher definition = DEFINITION.matcher(relative);
        definition.matches();
        Optional<JsonNode> json = json(body);
        if (json.isEmpty()) {
            return Optional.of("Le corps de la requête n'est pas un objet JSON.");
        }
        Optional<String> shape = unexpectedProperties(json.get(), START_BODY);
        if (shape.isPresent()) {
            return shape;
        }
        JsonNode businessKey = json.get().path("businessKey");
        if (!businessKey.isMissingNode() && !businessKey.isNull() && !businessKey.asText().isBlank()) {
            return Optional.of(
                    "La référence (« Business Key ») est attribuée par l'application : laissez ce champ vide.");
        }
        Set<String> allowed = asSystem(() -> {
            ProcessDefinition found = definition.group(1) != null
                    ? repositoryService.createProcessDefinitionQuery().processDefinitionKey(definition.group(2))
                            .latestVersion().singleResult()
                    : repositoryService.createProcessDefinitionQuery().processDefinitionId(definition.group(2))
                            .singleResult();
            return found == null ? Set.<String>of()
                    : formFields(() -> formService.getDeployedStartForm(found.getId()));
        });
        return unexpectedVariables(json.get(), allowed, "le formulaire de démarrage");
    }

    private static Optional<String> unexpectedProperties(JsonNode body, Set<String> expected) {
        Set<String> unexpected = new TreeSet<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!expected.contains(name)) {
                unexpected.add(name);
            }
        });
        return unexpected.isEmpty() ? Optional.empty()
                : Optional.of("Propriétés inattendues dans la requête : " + String.join(", ", unexpected) + ".");
    }

    private static Optional<String> unexpectedVariables(JsonNode body, Set<String> allowed, String form) {
        JsonNode variables = body.path("variables");
        if (variables.isMissingNode() || variables.isNull()) {
            return Optional.empty();
        }
        if (!variables.isObject()) {
            return Optional.of("« variables » doit être un objet JSON.");
        }
        Set<String> refused = new TreeSet<>();
        variables.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                refused.add(name);
            }
        });
        return refused.isEmpty() ? Optional.empty()
                : Optional.of("Seuls les champs du formulaire peuvent être envoyés ; ces variables ne font pas "
                        + "partie de " + form + " : " + String.join(", ", refused) + ".");
    }

    /** Keys of every field of a Camunda Form (nested groups included); none when there is no such form. */
    private Set<String> formFields(Supplier<InputStream> form) {
        try (InputStream in = form.get()) {
            Set<String> keys = new TreeSet<>();
            collectKeys(objectMapper.readTree(in), keys);
            return keys;
        } catch (ProcessEngineException | IOException e) {
            return Set.of();
        }
    }

    private static void collectKeys(JsonNode node, Set<String> keys) {
        for (Iterator<JsonNode> it = node.path("components").elements(); it.hasNext();) {
            JsonNode component = it.next();
            if (component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            }
            if (component.hasNonNull("path")) {
                keys.add(component.get("path").asText().split("\\.")[0]);
            }
            collectKeys(component, keys);
        }
    }

    private boolean processJob(String relative) {
        Matcher job = JOB.matcher(relative);
        if (!job.matches()) {
            return false;
        }
        return asSystem(() -> {
            Job found = managementService.createJobQuery().jobId(job.group(1)).singleResult();
            return found != null && found.getProcessInstanceId() != null;
        });
    }

    private Optional<JsonNode> json(byte[] body) {
        try {
            JsonNode node = objectMapper.readTree(body);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Runs a query with the caller's authorizations, whatever authentication the thread had. */
    private <T> T as(Caller caller, Supplier<T> query) {
        Authentication previous = identityService.getCurrentAuthentication();
        identityService.setAuthentication(caller.userId(), caller.groupIds());
        try {
            return query.get();
        } finally {
            restore(previous);
        }
    }

    /** Runs a lookup the guard itself needs (a form's fields, a job's instance) without authorization checks. */
    private <T> T asSystem(Supplier<T> lookup) {
        Authentication previous = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return lookup.get();
        } finally {
            restore(previous);
        }
    }

    private void restore(Authentication previous) {
        if (previous == null) {
            identityService.clearAuthentication();
        } else {
            identityService.setAuthentication(previous);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Caller caller, HttpStatus status,
            String title, String detail) throws IOException {
        LOG.warn("Engine API call refused ({}): {} {} by {}", status.value(), request.getMethod(),
                request.getRequestURI(), caller.userId());
        write(request, response, status, status == HttpStatus.BAD_REQUEST ? "urn:problem:invalid-input"
                : ProblemResponses.FORBIDDEN.toString(), title, detail);
    }

    /** The engine's own 500 bodies name Java exceptions; the caller gets a French text and a reference. */
    private void hideServerErrors(HttpServletRequest request, ContentCachingResponseWrapper response)
            throws IOException {
        if (response.getStatus() < 500 || response.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            return;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Engine API error {} ({} {} answered {}): {}", reference, request.getMethod(),
                request.getRequestURI(), response.getStatus(),
                new String(response.getContentAsByteArray(), StandardCharsets.UTF_8));
        int status = response.getStatus();
        response.resetBuffer();
        write(request, response, HttpStatus.valueOf(status), "urn:problem:engine-error",
                "Erreur du moteur de processus", "L'opération n'a pas pu aboutir. L'erreur est enregistrée sur le serveur sous la référence "
                        + reference + " : communiquez-la à l'administrateur.");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
            String title, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        // Tasklist and Cockpit show an engine error's "message".
        problem.put("message", detail);
        response.setStatus(status.value());
        response.setContentType(ProblemResponses.PROBLEM_JSON_UTF8.toString());
        response.getOutputStream().write(objectMapper.writeValueAsBytes(problem));
    }
}
