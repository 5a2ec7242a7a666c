package fr.poleess.support.privacy.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * "Now" for the access log and retention: the engine's clock, the one the retention job's timer runs
 * on (tests move it with {@code ClockUtil}), in Paris time like every date of our tables.
 */
final class EngineTime {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private EngineTime() {
    }

    static LocalDateTime now() {
        return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), PARIS);
    }

    static LocalDate today() {
        return now().toLocalDate();
    }
}
