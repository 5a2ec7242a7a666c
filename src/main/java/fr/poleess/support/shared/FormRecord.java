package fr.poleess.support.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the record that the values of these Camunda Forms are validated as, on the server. Each of its components
 * stands for the form field of the same key (or of its {@link Label#key()}); the model conventions test checks that
 * the form and the record agree on that field's label, whether it is required, its length and its bounds.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FormRecord {

    /** Ids of the forms (the {@code id} inside each {@code forms/*.form}). */
    String[] value();
}
