package fr.poleess.support.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.poleess.support.shared.FormLabels;
import fr.poleess.support.shared.FormRecord;
import fr.poleess.support.shared.Label;

/**
 * Each Camunda Form and the record the server validates its values as ({@link FormRecord}) say the same thing about
 * every field they share: its label, whether it is required, its length and its bounds. form-js checks in the browser
 * only, the record on the server; an advisor must never be refused by the one what the other accepted.
 */
class FormRecordConventionsTest {

    private static final Path FORMS = Path.of("forms");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyFormRecordNamesExistingForms() {
        assertThat(formRecords()).as("records marked @FormRecord").hasSizeGreaterThanOrEqualTo(10);
        for (Class<? extends Record> record : formRecords()) {
            for (String formId : record.getAnnotation(FormRecord.class).value()) {
                assertThat(FORMS.resolve(formId + ".form")).as("form %s of %s", formId, record.getSimpleName())
                        .isRegularFile();
            }
        }
    }

    @Test
    void formsAndRecordsAgreeOnEverySharedField() throws IOException {
        List<String> disagreements = new ArrayList<>();
        for (Class<? extends Record> record : formRecords()) {
            for (String formId : record.getAnnotation(FormRecord.class).value()) {
                Map<String, JsonNode> fields = fields(formId);
                Map<String, RecordComponent> components = FormLabels.components(record);
                for (var entry : components.entrySet()) {
                    JsonNode field = fields.get(entry.getKey());
                    if (field != null) {
                        compare(formId, record, entry.getKey(), field, entry.getValue(), disagreements);
                    }
                }
            }
        }
        assertThat(disagreements).as("fields where a form and its record disagree").isEmpty();
    }

    @Test
    void everyLabelledComponentIsAFieldOfItsForm() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Class<? extends Record> record : formRecords()) {
            for (String formId : record.getAnnotation(FormRecord.class).value()) {
                Map<String, JsonNode> fields = fields(formId);
                FormLabels.components(record).keySet().stream().filter(key -> !fields.containsKey(key))
                        .forEach(key -> missing.add(formId + " / " + record.getSimpleName() + "." + key));
            }
        }
        assertThat(missing).as("components read from a field the form lacks (see API_ONLY)").isSubsetOf(API_ONLY);
    }

    /**
     * Fields Tasklist asks for while the API may leave them out, on purpose: never the other way round (a server
     * refusing what the form let through). Each with its reason.
     */
    private static final Map<String, String> REQUIRED_BY_THE_FORM_ONLY = Map.of(
            "new-reception « commune »", "an API client may give the postal code alone; CommuneMatching finds the commune",
            "new-reception « cameThrough »", "an API client may leave it out: it is then OTHER (cameThroughOrDefault)");

    /** Components the API fills but no form shows. */
    private static final List<String> API_ONLY = List.of(
            "new-reception / NewParticipant.referringPartnerId",
            "session-planning / PlanSession.territoryCode",
            "session-planning / PlanSession.outreachDeskId",
            "session-planning / PlanSession.facilitatorAdvisors",
            "session-planning / PlanSession.slots");

    private static void compare(String formId, Class<?> record, String key, JsonNode field, RecordComponent component,
            List<String> disagreements) {
        String where = formId + " « " + key + " » / " + record.getSimpleName() + "." + component.getName() + ": ";
        String formLabel = label(field);
        String recordLabel = component.getAnnotation(Label.class).value();
        if (!recordLabel.equals(formLabel)) {
            disagreements.add(where + "label « " + formLabel + " » in the form, « " + recordLabel + " » in @Label");
        }
        JsonNode validate = field.path("validate");
        // Bean Validation's constraints do not target record components: the compiler puts them on the field.
        java.lang.reflect.Field constrained;
        try {
            constrained = record.getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
        boolean formRequired = validate.path("required").asBoolean(false);
        boolean recordRequired = constrained.isAnnotationPresent(NotNull.class)
                || constrained.isAnnotationPresent(NotBlank.class) || constrained.isAnnotationPresent(NotEmpty.class);
        // A field required only when shown (conditional) stands for a cross-field rule of the service.
        boolean conditional = field.has("conditional");
        boolean deliberate = REQUIRED_BY_THE_FORM_ONLY.containsKey(formId + " « " + key + " »");
        if (recordRequired && !formRequired || formRequired && !recordRequired && !conditional && !deliberate) {
            disagreements.add(where + "required " + formRequired + " in the form, " + recordRequired + " on the server");
        }
        if (component.getType() == String.class) {
            Size size = constrained.getAnnotation(Size.class);
            Integer max = size == null || size.max() == Integer.MAX_VALUE ? null : size.max();
            Integer min = size == null || size.min() == 0 ? null : size.min();
            compareNumber(where, "maxLength", number(validate, "maxLength"), max, disagreements);
            compareNumber(where, "minLength", number(validate, "minLength"), min, disagreements);
        }
        Min min = constrained.getAnnotation(Min.class);
        Max max = constrained.getAnnotation(Max.class);
        compareNumber(where, "min", number(validate, "min"), min == null ? null : (int) min.value(), disagreements);
        compareNumber(where, "max", number(validate, "max"), max == null ? null : (int) max.value(), disagreements);
    }

    private static void compareNumber(String where, String name, Integer form, Integer server, List<String> out) {
        if (!Objects.equals(form, server)) {
            out.add(where + name + " " + form + " in the form, " + server + " on the server");
        }
    }

    private static Integer number(JsonNode validate, String name) {
        JsonNode value = validate.get(name);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asInt();
    }

    /** What form-js shows above the field: its label, or for a date or time its date or time label. */
    private static String label(JsonNode field) {
        for (String name : List.of("label", "dateLabel", "timeLabel")) {
            if (field.hasNonNull(name) && !field.get(name).asText().isBlank()) {
                return field.get(name).asText();
            }
        }
        return null;
    }

    private static Map<String, JsonNode> fields(String formId) throws IOException {
        Map<String, JsonNode> fields = new HashMap<>();
        collect(JSON.readTree(Files.readString(FORMS.resolve(formId + ".form"))).path("components"), fields);
        return fields;
    }

    private static void collect(JsonNode components, Map<String, JsonNode> fields) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                fields.put(component.get("key").asText(), component);
            }
            collect(component.path("components"), fields);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends Record>> formRecords() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true; // records are values, never beans
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(FormRecord.class));
        List<Class<? extends Record>> records = new ArrayList<>();
        scanner.findCandidateComponents("fr.poleess.support").stream().map(BeanDefinition::getBeanClassName).sorted()
                .forEach(name -> records.add((Class<? extends Record>) ClassUtils.resolveClassName(name, null)));
        return records;
    }
}
