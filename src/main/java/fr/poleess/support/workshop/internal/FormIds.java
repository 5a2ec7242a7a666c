package fr.poleess.support.workshop.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.camunda.spin.json.SpinJsonNode;

import fr.poleess.support.shared.FieldViolation;

/**
 * Ids ticked in a Camunda Forms checklist whose options carry ids as values: a JSON array (Tasklist),
 * a Java collection or a comma-separated text (REST clients).
 */
final class FormIds {

    private FormIds() {
    }

    static List<Long> read(Object value, String key, String label, List<FieldViolation> violations) {
        List<Long> ids = new ArrayList<>();
        for (String text : strings(value)) {
            try {
                ids.add(Long.valueOf(text));
            } catch (NumberFormatException e) {
                if (violations.stream().noneMatch(v -> v.field().equals(key))) {
                    violations.add(new FieldViolation(key, label, "la valeur « " + text + " » n'est pas proposée"));
                }
            }
        }
        return ids;
    }

    private static List<String> strings(Object value) {
        List<String> result = new ArrayList<>();
        if (value == null) {
            return result;
        }
        if (value instanceof SpinJsonNode json) {
            if (json.isArray()) {
                json.elements().forEach(e -> result.add(e.isString() ? e.stringValue() : e.toString()));
            } else if (json.isString()) {
                result.addAll(strings(json.stringValue()));
            } else if (json.isNumber()) {
                result.add(json.numberValue().toString());
            }
        } else if (value instanceof Collection<?> collection) {
            collection.stream().filter(e -> e != null).forEach(e -> result.add(e.toString().trim()));
        } else {
            String text = value.toString().trim();
            if (text.startsWith("[")) {
                text = text.substring(1, text.length() - 1);
            }
            for (String part : text.split(",")) {
                String cleaned = part.replace("\"", "").trim();
                if (!cleaned.isEmpty()) {
                    result.add(cleaned);
                }
            }
        }
        return result;
    }
}
