package fr.poleess.support.privacy;

import java.time.Period;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How long personal data is kept ({@code support.retention.*}, ISO 8601 periods), enforced by
 * {@code processes/data-retention.bpmn}. docs/privacy.md explains each period.
 *
 * @param afterLastContact a person with no contact for this long is anonymised (CNIL's social référentiel: 2 years)
 * @param prospects a prospect registered for a collective session, never converted into a journey, this long after registering
 * @param outboxBodies the text of a message this long after it was written
 * @param accessLog entries of the access log
 * @param cron when the retention job runs: a 6-field cron (seconds first), server time, inside the
 *        engine's history cleanup window (22:00–05:00); daily at 02:30 in {@code application.yaml}
 * @param batchSize at most this many people anonymised per run; the rest the next night
 */
@ConfigurationProperties("support.retention")
@Validated
public record RetentionSettings(
        @NotNull Period afterLastContact,
        @NotNull Period prospects,
        @NotNull Period outboxBodies,
        @NotNull Period accessLog,
        @NotNull String cron,
        @NotNull @Positive Integer batchSize) {
}
