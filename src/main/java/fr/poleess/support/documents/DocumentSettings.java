package fr.poleess.support.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What our documents say about us.
 *
 * @param organisation the organisation's name, at the head of every document and report
 * @param footer printed at the bottom of every page of a participant's document, with the page number
 */
@ConfigurationProperties("support.documents")
public record DocumentSettings(
        @DefaultValue("Pôle d'économie solidaire de l'agglomération dijonnaise") String organisation,
        @DefaultValue("Pôle d'économie solidaire — 10 rue de la Liberté, 21000 Dijon — 03 80 50 90 47") String footer) {
}
