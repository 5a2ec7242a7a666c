package fr.poleess.support.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's one clock: the engine's, in Paris time. The engine's timers, its job due dates and
 * its logins read {@link ClockUtil}; our services read this {@link Clock}, which reads the same. So "has
 * the session started" and "is the reminder due" never disagree, and a test that moves the engine's
 * clock ({@code ClockUtil.setCurrentTime}) moves everything. The application never moves it.
 */
public final class EngineClock extends Clock {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ZoneId zone;

    /** In Paris time: what every service and process test uses. */
    public EngineClock() {
        this(PARIS);
    }

    private EngineClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(this.zone) ? this : new EngineClock(zone);
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    @Override
    public long millis() {
        return ClockUtil.getCurrentTime().getTime();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EngineClock clock && clock.zone.equals(zone);
    }

    @Override
    public int hashCode() {
        return zone.hashCode() + 1;
    }

    @Override
    public String toString() {
        return "EngineClock[" + zone + "]";
    }
}
