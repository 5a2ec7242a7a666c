package fr.poleess.support.shared;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads the values a Camunda Form submitted, whatever type Tasklist or the REST API gave them
 * (form-js sends dates as {@code "2026-12-03"} strings, numbers as Long or Double, checklists as
 * JSON). A value that cannot be read is recorded as a French violation instead of failing at once,
 * so the advisor learns about every bad field in one go.
 */
public final class FormValues {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Map<String, Object> values;
    /** The record whose {@link Label}s name the fields, or {@literal null} when each call gives its label. */
    private final Class<? extends Record> record;
    private final List<FieldViolation> violations = new ArrayList<>();

    private FormValues(Map<String, Object> values, Class<? extends Record> record) {
        this.values = values;
        this.record = record;
    }

    public static FormValues of(Map<String, Object> values) {
        return new FormValues(values, null);
    }

    /**
     * Values read for {@code record}: a violation is worded with the {@link Label} of the record's component for
     * that field, so a label is written once, on the record, and never again in a listener.
     */
    public static FormValues of(Map<String, Object> values, Class<? extends Record> record) {
        return new FormValues(values, record);
    }

    private String label(String key) {
        if (record == null) {
            throw new IllegalStateException("FormValues read without a record: give the label of " + key);
        }
        return FormLabels.of(record, key);
    }

    /** {@link #integer(String, String)} labelled by the record. */
    public Integer integer(String key) {
        return integer(key, label(key));
    }

    /** {@link #date(String, String)} labelled by the record. */
    public LocalDate date(String key) {
        return date(key, label(key));
    }

    /** {@link #time(String, String)} labelled by the record. */
    public LocalTime time(String key) {
        return time(key, label(key));
    }

    /** {@link #code(String, String, Class)} labelled by the record. */
    public <E extends Enum<E>> E code(String key, Class<E> type) {
        return code(key, label(key), type);
    }

    /** {@link #codes(String, String, Class)} labelled by the record. */
    public <E extends Enum<E>> List<E> codes(String key, Class<E> type) {
        return codes(key, label(key), type);
    }

    /** {@link #ids(String, String)} labelled by the record. */
    public List<Long> ids(String key) {
        return ids(key, label(key));
    }

    /** Violations met while reading; pass them to {@link InputValidation#check(Object, List)}. */
    public List<FieldViolation> violations() {
        return List.copyOf(violations);
    }

    /** Trimmed text, {@literal null} when absent or blank. */
    public String text(String key) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    public Integer integer(String key, String label) {
        Object value = values.get(key);
        if (value == null || (value instanceof String s && s.isBlank())) {
            return null;
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
                return invalid(key, label, "doit être un nombre entier");
            }
            return (int) d;
        }
        try {
            return Integer.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            return invalid(key, label, "doit être un nombre entier");
        }
    }

    public Boolean bool(String key) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        return Boolean.parseBoolean(value.toString().trim());
    }

    /** A date from {@code "2026-12-03"}, {@code "2026-12-03T..."}, a {@link Date} or a {@link LocalDate}. */
    public LocalDate date(String key, String label) {
        Object value = values.get(key);
        if (value == null || (value instanceof String s && s.isBlank())) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(PARIS).toLocalDate();
        }
        String text = value.toString().trim();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return invalid(key, label, "n'est pas une date valide (attendu : AAAA-MM-JJ)");
        }
    }

    /** A time of day from {@code "14:30"} or {@code "14:30:00"}. */
    public LocalTime time(String key, String label) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text.length() > 8 ? text.substring(0, 8) : text);
        } catch (DateTimeParseException e) {
            return invalid(key, label, "n'est pas une heure valide (attendu : HH:MM)");
        }
    }

    /** One code of an enum, e.g. {@code "JOB_SEEKER"}. */
    public <E extends Enum<E>> E code(String key, String label, Class<E> type) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            return invalid(key, label, "la valeur « " + text + " » n'est pas proposée");
        }
    }

    /** Several codes from a checklist: a JSON array, a Java collection or a comma-separated text. */
    public <E extends Enum<E>> List<E> codes(String key, String label, Class<E> type) {
        List<E> result = new ArrayList<>();
        for (String text : strings(values.get(key))) {
            try {
                result.add(Enum.valueOf(type, text));
            } catch (IllegalArgumentException e) {
                invalid(key, label, "la valeur « " + text + " » n'est pas proposée");
            }
        }
        return result;
    }

    /** Several ids from a checklist whose options are ids ({@code ["12","15"]}); a value that is not one is a violation. */
    public List<Long> ids(String key, String label) {
        List<Long> result = new ArrayList<>();
        for (String text : strings(values.get(key))) {
            try {
                result.add(Long.valueOf(text.trim()));
            } catch (NumberFormatException e) {
                invalid(key, label, "la valeur « " + text + " » n'est pas proposée");
            }
        }
        return result;
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

    private <T> T invalid(String key, String label, String message) {
        if (violations.stream().noneMatch(v -> v.field().equals(key))) {
            violations.add(new FieldViolation(key, label, message));
        }
        return null;
    }
}
