package fr.poleess.support.access.internal;

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
 * that has finished starting (the start-up gate lets requests through).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
public class ApiSliceSecurity {

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
