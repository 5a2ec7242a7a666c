package fr.poleess.support.privacy.internal;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.poleess.support.privacy.DataRetentionProcess;
import fr.poleess.support.privacy.RetentionSettings;
import fr.poleess.support.shared.Settings;

/** Names the bound {@code support.retention.*} as the BPMN calls them. */
@Configuration(proxyBeanMethods = false)
class RetentionConfiguration {

    /** The BPMN calls the settings by this name. */
    @Bean
    static BeanFactoryPostProcessor retentionSettingsName() {
        return Settings.bpmnName(RetentionSettings.class, DataRetentionProcess.Beans.SETTINGS);
    }
}
