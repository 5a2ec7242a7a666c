package fr.poleess.support.documents;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What our documents say about us.
 *
 * @param organisation the organisation's name, at the head of every document and report
 * @param footer printed at the bottom of every page of a participant's document, with the page number
 */
@Validated
@ConfigurationProperties("support.documents")
public record DocumentSettings(
        @NotNull String organisation,
        @NotNull String footer) {
}
