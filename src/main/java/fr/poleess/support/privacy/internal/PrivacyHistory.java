package fr.poleess.support.privacy.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.poleess.support.privacy.DataRetentionProcess;
import fr.poleess.support.shared.HistoryPolicy;

/** Publishes what of {@code data-retention.bpmn} may reach the engine's history: nothing. */
@Configuration(proxyBeanMethods = false)
class PrivacyHistory {

    @Bean
    HistoryPolicy dataRetentionHistoryPolicy() {
        return DataRetentionProcess.HISTORY;
    }
}
