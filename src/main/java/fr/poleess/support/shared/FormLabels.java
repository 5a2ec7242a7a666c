package fr.poleess.support.shared;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/** The labels a record's components carry ({@link Label}), by the key of the form field each is read from. */
public final class FormLabels {

    private FormLabels() {
    }

    /** The components of a record that carry a {@link Label}, by form field key. */
    public static Map<String, RecordComponent> components(Class<? extends Record> record) {
        Map<String, RecordComponent> byKey = new LinkedHashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            Label label = component.getAnnotation(Label.class);
            if (label != null) {
                byKey.put(label.key().isEmpty() ? component.getName() : label.key(), component);
            }
        }
        return byKey;
    }

    /** The label of the component read from the form field {@code key}; a key the record lacks is a programming error. */
    public static String of(Class<? extends Record> record, String key) {
        RecordComponent component = components(record).get(key);
        if (component == null) {
            throw new IllegalArgumentException(record.getSimpleName() + " has no component labelled for field " + key);
        }
        return component.getAnnotation(Label.class).value();
    }
}
