package fr.poleess.support.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
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

    /**
     * {@code @PastOrPresent} and {@code @FutureOrPresent} otherwise take "today" in the server's zone: on a
     * UTC server, a date typed as today in Paris between midnight and 1 or 2 a.m. was refused as future.
     */
    @Bean
    ValidationConfigurationCustomizer validationOnOurClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
