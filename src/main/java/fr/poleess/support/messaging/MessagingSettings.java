package fr.poleess.support.messaging;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How messages are signed and sent.
 *
 * @param from sender address of e-mails
 * @param signature closing lines of every message (the organisation, its phone)
 */
@Validated
@ConfigurationProperties("support.messages")
public record MessagingSettings(
        @NotNull String from,
        @NotNull String signature) {
}
