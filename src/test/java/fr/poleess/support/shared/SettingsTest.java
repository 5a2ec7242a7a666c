package fr.poleess.support.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Our settings are bound one way and their defaults live in one place: every {@code @ConfigurationProperties}
 * of ours is a record without {@code @DefaultValue}, and {@code application.yaml} gives each of its values.
 */
class SettingsTest {

    @Test
    void everySettingsRecordTakesAllItsValuesFromApplicationYaml() throws Exception {
        List<Class<?>> settings = settingsClasses();
        assertThat(settings).hasSizeGreaterThanOrEqualTo(9);
        for (Class<?> type : settings) {
            assertThat(type.isRecord()).as(type.getName() + " is a record").isTrue();
            String prefix = type.getAnnotation(ConfigurationProperties.class).value();
            Object bound = Settings.defaults(prefix, type);
            for (RecordComponent component : type.getRecordComponents()) {
                assertThat(component.isAnnotationPresent(DefaultValue.class))
                        .as(type.getSimpleName() + "." + component.getName() + " has no @DefaultValue").isFalse();
                component.getAccessor().setAccessible(true);
                assertThat(component.getAccessor().invoke(bound))
                        .as(prefix + "." + component.getName() + " in application.yaml").isNotNull();
            }
        }
    }

    private static List<Class<?>> settingsClasses() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        List<Class<?>> found = new java.util.ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("fr.poleess.support")) {
            found.add(ClassUtils.forName(candidate.getBeanClassName(), SettingsTest.class.getClassLoader()));
        }
        return found;
    }
}
