package fr.poleess.support.journey.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.shared.HistoryPolicy;

/** Publishes what of the journey model may reach the engine's history. */
@Configuration(proxyBeanMethods = false)
class JourneyHistory {

    @Bean
    HistoryPolicy journeyHistoryPolicy() {
        return JourneyProcess.HISTORY;
    }
}
