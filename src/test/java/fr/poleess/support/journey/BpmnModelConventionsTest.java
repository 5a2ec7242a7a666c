package fr.poleess.support.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.poleess.support.shared.FormFields;
import fr.poleess.support.shared.HistoryPolicy;

/**
 * House rules for the models in {@code processes/} and the Camunda Forms in {@code forms/}, and their agreement
 * with the contract {@link JourneyProcess}.
 */
class BpmnModelConventionsTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final Path FORMS = Path.of("forms");
    /** Ids such as {@code Activity_0x1y2z3} that Camunda Modeler gives to new elements. */
    private static final Pattern MODELER_DEFAULT_ID = Pattern.compile("^(Activity|Event|Gateway|Flow|Task)_[0-9a-z]{7}$");
    private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{([a-z][A-Za-z]+)\\}$");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Which class lists the field keys of which form: the classes marked {@link FormFields}, found on the classpath. */
    private static final Map<String, Class<?>> FORM_FIELDS = formFieldClasses();

    /** What of each process may reach the engine's history, from its contract class. */
    private static final Map<String, HistoryPolicy> HISTORY = Stream.of(JourneyProcess.HISTORY,
            fr.poleess.support.referral.ReferralProcess.HISTORY,
            fr.poleess.support.messaging.MessageDeliveryProcess.HISTORY,
            fr.poleess.support.followup.PostCreationFollowUpProcess.HISTORY,
            fr.poleess.support.reminder.AppointmentReminderProcess.HISTORY,
            fr.poleess.support.workshop.CollectiveSessionProcess.HISTORY,
            fr.poleess.support.privacy.DataRetentionProcess.HISTORY,
            fr.poleess.support.workshop.CollectiveSessionProcess.BREAKFAST_PLANNING_HISTORY)
            .collect(Collectors.toMap(HistoryPolicy::processKey, Function.identity()));

    static Stream<Path> models() throws IOException {
        return list(PROCESSES, ".bpmn").stream();
    }

    static Stream<Path> forms() throws IOException {
        return list(FORMS, ".form").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyProcessHasHistoryTimeToLive(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        assertThat(model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class))
                .isNotEmpty()
                .allSatisfy(process -> assertThat(process.getCamundaHistoryTimeToLiveString())
                        .as("camunda:historyTimeToLive of %s", process.getId()).isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void serviceTasksAndListenersCallSpringBeans(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        boolean journey = isJourney(model);
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            assertThat(task.getCamundaClass()).as("camunda:class on %s", task.getId()).isNull();
            assertThat(task.getCamundaExpression()).as("camunda:expression on %s", task.getId()).isNull();
            assertBean(task.getCamundaDelegateExpression(), task.getId(), journey);
        }
        for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
            String owner = ((BaseElement) listener.getParentElement().getParentElement()).getId();
            assertThat(listener.getCamundaClass()).as("task listener class on %s", owner).isNull();
            assertBean(listener.getCamundaDelegateExpression(), owner, journey);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void userTasksAndStartEventsUseDeployedCamundaForms(Path file) throws IOException {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            assertThat(task.getCamundaFormKey()).as("formKey on %s (use formRef)", task.getId()).isNull();
            assertFormRef(task.getId(), task.getCamundaFormRef(), task.getCamundaFormRefBinding(), true);
        }
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            assertThat(start.getCamundaFormKey()).as("formKey on %s (use formRef)", start.getId()).isNull();
            assertFormRef(start.getId(), start.getCamundaFormRef(), start.getCamundaFormRefBinding(), false);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void elementIdsAreNamedByHand(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        List<String> defaults = model.getModelElementsByType(BaseElement.class).stream()
                .map(BaseElement::getId)
                .filter(id -> id != null && MODELER_DEFAULT_ID.matcher(id).matches())
                .toList();
        assertThat(defaults).as("ids left as Camunda Modeler generated them").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyFlowNodeHasAName(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        List<String> unnamed = model.getModelElementsByType(FlowNode.class).stream()
                .filter(node -> node.getName() == null || node.getName().isBlank())
                .map(FlowNode::getId)
                .toList();
        assertThat(unnamed).as("flow nodes without a French name").isEmpty();
    }

    /**
     * Personal data stays out of the engine's history by an allow-list: a field nobody classified is dropped, and
     * this test makes its author decide, in the process's contract, whether it is an id, decision or date.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyFormFieldIsClassifiedForHistory(Path file) throws IOException {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (org.camunda.bpm.model.bpmn.instance.Process process
                : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)) {
            HistoryPolicy policy = HISTORY.get(process.getId());
            assertThat(policy).as("HistoryPolicy of %s in its contract class", process.getId()).isNotNull();
            List<String> formRefs = new ArrayList<>();
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                if (inProcess(task, process) && task.getCamundaFormRef() != null) {
                    formRefs.add(task.getCamundaFormRef());
                }
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (inProcess(start, process) && start.getCamundaFormRef() != null) {
                    formRefs.add(start.getCamundaFormRef());
                }
            }
            for (String formRef : formRefs) {
                List<String> keys = new ArrayList<>();
                collectKeys(JSON.readTree(FORMS.resolve(formRef + ".form").toFile()).path("components"), keys);
                assertThat(keys).as("fields of %s not classified in %s's HistoryPolicy (kept: id, decision, date; "
                        + "or keptOut)", formRef, process.getId()).allMatch(policy::classifies);
            }
        }
    }

    /** Listeners run in the XML's order, which nothing shows in the Modeler: each task's documentation says it. */
    @Test
    void journeyUserTasksDocumentTheirListenersInOrder() {
        BpmnModelInstance model = Bpmn.readModelFromFile(Path.of(JourneyProcess.RESOURCE).toFile());
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String documentation = task.getDocumentations().stream()
                    .map(org.camunda.bpm.model.bpmn.instance.Documentation::getTextContent).findFirst().orElse("");
            int from = 0;
            for (CamundaTaskListener listener : task.getExtensionElements() == null ? List.<CamundaTaskListener>of()
                    : task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list()) {
                Matcher bean = BEAN_EXPRESSION.matcher(listener.getCamundaDelegateExpression());
                assertThat(bean.matches()).isTrue();
                boolean ordered = !listener.getCamundaEvent().equals("assignment"); // alone on its event
                int at = documentation.indexOf(bean.group(1), ordered ? from : 0);
                assertThat(at).as("%s named in the documentation of %s, after the listeners before it", bean.group(1),
                        task.getId()).isGreaterThanOrEqualTo(0);
                if (ordered) {
                    from = at;
                }
            }
        }
    }

    @Test
    void journeyModelHasEveryContractElement() throws IllegalAccessException {
        BpmnModelInstance model = Bpmn.readModelFromFile(Path.of(JourneyProcess.RESOURCE).toFile());
        assertThat(model.getModelElementById(JourneyProcess.KEY)
                .getAttributeValue("isExecutable")).isEqualTo("true");
        for (String id : constants(JourneyProcess.Elements.class)) {
            assertThat((Object) model.getModelElementById(id)).as("element %s in %s", id, JourneyProcess.RESOURCE)
                    .isNotNull();
        }
    }

    @Test
    void everyContractFormExists() throws IllegalAccessException, IOException {
        for (String formId : constants(JourneyProcess.Forms.class)) {
            Path file = FORMS.resolve(formId + ".form");
            assertThat(file).as("form %s", formId).isRegularFile();
        }
        for (String formId : FORM_FIELDS.keySet()) {
            assertThat(FORMS.resolve(formId + ".form")).as("form %s named by @FormFields on %s", formId,
                    FORM_FIELDS.get(formId).getName()).isRegularFile();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void formIdMatchesFileAndFieldKeysMatchContract(Path file) throws IOException, IllegalAccessException {
        JsonNode form = JSON.readTree(file.toFile());
        String id = form.path("id").asText();
        assertThat(file.getFileName().toString()).as("file name of form %s", id).isEqualTo(id + ".form");
        assertThat(form.path("schemaVersion").asInt()).as("form-js schema of Tasklist 7.24").isLessThanOrEqualTo(16);
        assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");

        Class<?> fields = FORM_FIELDS.get(id);
        assertThat(fields).as("class marked @FormFields(\"%s\") in the process's contract", id).isNotNull();
        List<String> keys = new ArrayList<>();
        collectKeys(form.path("components"), keys);
        Set<String> expected = new HashSet<>(constants(fields));
        assertThat(keys).as("field keys of %s", id).doesNotHaveDuplicates();
        assertThat(new HashSet<>(keys)).as("field keys of %s against %s", id, fields.getSimpleName())
                .isEqualTo(expected);
    }

    // ----------------------------------------------------------------------------------------- helpers

    /** Every class marked {@link FormFields} under our base package, by form id; a form claimed twice fails. */
    private static Map<String, Class<?>> formFieldClasses() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true; // contract classes are final holders of constants, never beans
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(FormFields.class));
        Map<String, Class<?>> byForm = new TreeMap<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("fr.poleess.support")) {
            Class<?> type = ClassUtils.resolveClassName(definition.getBeanClassName(), null);
            for (String formId : type.getAnnotation(FormFields.class).value()) {
                Class<?> previous = byForm.put(formId, type);
                assertThat(previous).as("form %s claimed by %s and %s", formId, previous, type).isNull();
            }
        }
        return byForm;
    }

    private static boolean inProcess(org.camunda.bpm.model.xml.instance.ModelElementInstance element,
            org.camunda.bpm.model.bpmn.instance.Process process) {
        for (var parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
            if (parent instanceof org.camunda.bpm.model.bpmn.instance.Process) {
                return parent == process;
            }
        }
        return false;
    }

    private static boolean isJourney(BpmnModelInstance model) {
        return model.getModelElementById(JourneyProcess.KEY) != null;
    }

    private static void assertBean(String expression, String elementId, boolean journey) {
        assertThat(expression).as("camunda:delegateExpression on %s", elementId).isNotNull();
        Matcher matcher = BEAN_EXPRESSION.matcher(expression);
        assertThat(matcher.matches()).as("%s on %s is a bean name ${camelCase}", expression, elementId).isTrue();
        if (journey) {
            try {
                List<String> beans = constants(JourneyProcess.Beans.class);
                assertThat(beans).as("bean of %s in JourneyProcess.Beans", elementId).contains(matcher.group(1));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void assertFormRef(String elementId, String formRef, String binding, boolean required)
            throws IOException {
        if (formRef == null && !required) {
            return;
        }
        assertThat(formRef).as("camunda:formRef on %s", elementId).isNotBlank();
        assertThat(binding).as("camunda:formRefBinding on %s", elementId).isEqualTo("deployment");
        Path file = FORMS.resolve(formRef + ".form");
        assertThat(file).as("form of %s", elementId).isRegularFile();
        assertThat(JSON.readTree(file.toFile()).path("id").asText()).as("\"id\" inside %s", file).isEqualTo(formRef);
    }

    private static void collectKeys(JsonNode components, List<String> keys) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            }
            collectKeys(component.path("components"), keys);
        }
    }

    /** The values of the {@code public static final String} fields of a contract class. */
    private static List<String> constants(Class<?> type) throws IllegalAccessException {
        List<String> values = new ArrayList<>();
        for (Field field : type.getFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
                values.add((String) field.get(null));
            }
        }
        return values;
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
