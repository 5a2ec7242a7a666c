package fr.poleess.support.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * How our settings are bound, one way for all: each module's {@code support.*} block of
 * {@code application.yaml} is a {@code @ConfigurationProperties} record (constructor binding,
 * {@code @Validated} so that a missing or bad value stops the start), found by
 * {@code @ConfigurationPropertiesScan}. The defaults live in {@code application.yaml} only, with the comment
 * that says what each setting does; the records carry none. This class holds the two things the records
 * need beside that.
 */
public final class Settings {

    private Settings() {
    }

    /**
     * The settings under {@code prefix} as {@code application.yaml} states them, without Spring: what
     * process tests run with.
     */
    public static <T> T defaults(String prefix, Class<T> type) {
        try {
            List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load("application.yaml",
                    new ClassPathResource("application.yaml"));
            return new Binder(ConfigurationPropertySources.from(yaml), new PropertySourcesPlaceholdersResolver(yaml))
                    .bind(prefix, type)
                    .orElseThrow(() -> new IllegalStateException("application.yaml has no " + prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Gives the settings record of {@code type} the bean name a BPMN expression calls it by
     * ({@code ${referralSettings.…}}): {@code @ConfigurationPropertiesScan} names it after its prefix and class.
     * Declare it as a {@code static @Bean}.
     */
    public static BeanFactoryPostProcessor bpmnName(Class<?> type, String name) {
        return factory -> {
            String[] names = factory.getBeanNamesForType(type, true, false);
            if (names.length != 1) {
                throw new IllegalStateException("Expected one " + type.getSimpleName() + " bean, found " + names.length);
            }
            if (!names[0].equals(name)) {
                factory.registerAlias(names[0], name);
            }
        };
    }
}
