package fr.poleess.support.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The organisation works on Paris time, whatever the server's zone; and "now" is the engine's clock
 * ({@link EngineClock}), the only source of time: inject {@link Clock}, never read the system clock.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    static final ZoneId PARIS = EngineClock.PARIS;

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return new EngineClock();
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
