package fr.poleess.support.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How messages are signed and sent.
 *
 * @param from sender address of e-mails
 * @param signature closing lines of every message (the organisation, its phone)
 */
@ConfigurationProperties("support.messages")
public record MessagingSettings(
        @DefaultValue("accompagnement@pole-ess.example") String from,
        @DefaultValue("L'équipe du Pôle d'économie solidaire de l'agglomération dijonnaise — 03 80 50 90 47") String signature) {
}
