package fr.poleess.support.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The French label of a field, as the form shows it; used to word validation messages. On a record component it is
 * the one place the label is written: listeners read it through {@link FormValues#of(java.util.Map, Class)} and the
 * model conventions test checks that the form says the same.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER })
public @interface Label {

    String value();

    /** The key of the form field this component is read from, when it is not the component's own name. */
    String key() default "";
}
