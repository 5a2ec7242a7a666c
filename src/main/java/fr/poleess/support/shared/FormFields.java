package fr.poleess.support.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the class of a process contract whose {@code public static final String} constants are the field keys of
 * these Camunda Forms (the {@code id} inside each {@code forms/*.form}), all of them and nothing else. The model
 * conventions test finds these classes on the classpath and compares them with the forms, so a contract class
 * says which form it describes here and nowhere else.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FormFields {

    /** Ids of the forms; several when forms share their fields. */
    String[] value();
}
