package fr.poleess.support.access.internal;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.AvailabilityState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The application's own security chains for {@code @WebMvcTest} slices ({@link fr.poleess.support.ApiSlice}),
 * so that slices answer {@code 401} and {@code 403} exactly as the application does, and an application
 * that has finished starting (the start-up gate lets requests through), with a clock.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
public class ApiSliceSecurity {

    /** The application's clock is the engine's; a slice has no engine, so Paris time from the system. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Paris"));
    }

    @Bean
    ApplicationAvailability readyApplication() {
        return new ApplicationAvailability() {

            @Override
            @SuppressWarnings("unchecked")
            public <S extends AvailabilityState> S getState(Class<S> type, S defaultState) {
                return type == ReadinessState.class ? (S) ReadinessState.ACCEPTING_TRAFFIC : defaultState;
            }

            @Override
            public <S extends AvailabilityState> S getState(Class<S> type) {
                return getState(type, null);
            }

            @Override
            public <S extends AvailabilityState> AvailabilityChangeEvent<S> getLastChangeEvent(Class<S> type) {
                return null;
            }
        };
    }
}
