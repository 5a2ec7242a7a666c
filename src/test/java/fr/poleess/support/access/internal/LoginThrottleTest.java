package fr.poleess.support.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.poleess.support.shared.EngineClock;

/** The arithmetic of the holds, on the engine's clock, without HTTP (LoginProtectionIntegrationTest has that). */
class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottleSettings(5, 20, Duration.ofSeconds(15),
            Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofDays(30)), new EngineClock());

    @BeforeEach
    void clock() {
        ClockUtil.setCurrentTime(new Date(1_800_000_000_000L));
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

    @Test
    void holdsDoubleAfterTheFreeFailuresUpToTheCeiling() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("198.51.100.1", "camille");
        }
        assertThat(throttle.holdFor("198.51.100.1", "camille")).isEmpty();

        long[] expected = { 15, 30, 60, 120, 240, 480, 900, 900 };
        for (long seconds : expected) {
            throttle.failed("198.51.100.1", "camille");
            assertThat(throttle.holdFor("198.51.100.1", "camille")).hasValue(Duration.ofSeconds(seconds));
            move(Duration.ofSeconds(seconds));
            assertThat(throttle.holdFor("198.51.100.1", "camille")).isEmpty();
        }
    }

    @Test
    void failuresAreForgottenAnHourAfterTheLastOne() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("198.51.100.2", "julien");
        }
        move(Duration.ofMinutes(61));
        throttle.failed("198.51.100.2", "julien");
        assertThat(throttle.holdFor("198.51.100.2", "julien")).as("counted from one again").isEmpty();
    }

    @Test
    void loginNamesDifferingOnlyInCaseShareOneCount() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("198.51.100.3", i % 2 == 0 ? "Admin" : "admin");
        }
        assertThat(throttle.holdFor("198.51.100.4", "ADMIN")).isPresent();
    }

    @Test
    void aKnownAddressIsNotHeldByItsAccountButStillByItsOwnFailures() {
        throttle.succeeded("198.51.100.5", "sonia");
        for (int i = 0; i < 10; i++) {
            throttle.failed("203.0.113.99", "sonia");
        }
        assertThat(throttle.holdFor("203.0.113.99", "sonia")).isPresent();
        assertThat(throttle.holdFor("198.51.100.5", "sonia")).isEmpty();

        move(Duration.ofDays(31));
        for (int i = 0; i < 6; i++) {
            throttle.failed("203.0.113.99", "sonia");
        }
        assertThat(throttle.holdFor("198.51.100.5", "sonia")).as("known for 30 days only").isPresent();
    }

    @Test
    void aLoginNameIsLoggedOnOneLine() {
        assertThat(LoginThrottle.printable("evil\nFailed login for user 'admin'")).doesNotContain("\n");
        assertThat(LoginThrottle.printable("x".repeat(200))).hasSize(65);
    }

    private static void move(Duration by) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + by.toMillis()));
    }
}
