package fr.poleess.support.shared;

/**
 * One bad field: its key (a form field key or a JSON property name) and a French message.
 *
 * @param field the field key, never {@literal null}
 * @param label the field's French label, as the person sees it
 * @param message what is wrong, in French, for the person who typed it
 */
public record FieldViolation(String field, String label, String message) {

    /** "Année de naissance : doit être comprise entre 1930 et 2015". */
    public String describe() {
        return (label == null || label.isBlank() ? field : label) + " : " + message;
    }
}
