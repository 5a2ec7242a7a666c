package fr.poleess.support.privacy.internal;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import fr.poleess.support.privacy.DataRetentionProcess;
import fr.poleess.support.privacy.RetentionSettings;

/** Binds {@code support.retention.*} under the bean name the retention timer's cycle uses. */
@Configuration(proxyBeanMethods = false)
class RetentionConfiguration {

    @Bean(DataRetentionProcess.Beans.SETTINGS)
    RetentionSettings retentionSettings(Environment environment) {
        return Binder.get(environment).bindOrCreate("support.retention", RetentionSettings.class);
    }
}
