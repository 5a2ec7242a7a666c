package fr.poleess.support.followup.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.poleess.support.followup.PostCreationFollowUpProcess;
import fr.poleess.support.shared.HistoryPolicy;

/** Publishes what of {@code post-creation-follow-up.bpmn} may reach the engine's history. */
@Configuration(proxyBeanMethods = false)
class FollowUpHistory {

    @Bean
    HistoryPolicy postCreationFollowUpHistoryPolicy() {
        return PostCreationFollowUpProcess.HISTORY;
    }
}
