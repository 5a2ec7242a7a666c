package fr.poleess.support.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.Validator;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.PastOrPresent;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class TimeConfigurationTest {

    /**
     * 22:30 in UTC on 30 June is already 1 July in Paris. Years away from the real date, so the test also
     * fails if the validator reads the system clock instead of ours.
     */
    static final Clock JUST_AFTER_MIDNIGHT_IN_PARIS = Clock.fixed(Instant.parse("2030-06-30T22:30:00Z"),
            ZoneId.of("Europe/Paris"));

    record Dated(@PastOrPresent LocalDate past, @FutureOrPresent LocalDate future) {
    }

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(TimeConfiguration.class)
            .withBean(Clock.class, () -> JUST_AFTER_MIDNIGHT_IN_PARIS);

    @Test
    void todayIsTheParisDayWhateverTheServerZone() {
        context.run(app -> {
            Validator validator = app.getBean(Validator.class);
            LocalDate parisToday = LocalDate.of(2030, 7, 1);
            assertThat(validator.validate(new Dated(parisToday, parisToday))).isEmpty();
            assertThat(validator.validate(new Dated(parisToday.plusDays(1), parisToday.minusDays(1))))
                    .extracting(v -> v.getPropertyPath().toString())
                    .containsExactlyInAnyOrder("past", "future");
        });
    }
}
