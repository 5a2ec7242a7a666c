package fr.poleess.support.messaging.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.poleess.support.messaging.MessageDeliveryProcess;
import fr.poleess.support.shared.HistoryPolicy;

/** Publishes what of {@code message-delivery.bpmn} may reach the engine's history. */
@Configuration(proxyBeanMethods = false)
class MessagingHistory {

    @Bean
    HistoryPolicy messageDeliveryHistoryPolicy() {
        return MessageDeliveryProcess.HISTORY;
    }
}
