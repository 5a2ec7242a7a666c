package fr.poleess.support.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The organisation works on Paris time, whatever the server's zone. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(PARIS);
    }
}
