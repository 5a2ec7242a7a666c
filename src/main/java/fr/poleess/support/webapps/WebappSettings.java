package fr.poleess.support.webapps;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The languages of Camunda's webapps.
 *
 * @param languages the languages a browser may get, the first one also for every browser asking for
 *        another; {@code fr} (the default) gives everyone French, {@code fr,en} lets browsers set to
 *        English keep Camunda's English texts. Only {@code fr} and Camunda's {@code en} and {@code de} exist.
 */
@ConfigurationProperties("support.webapps")
public record WebappSettings(List<String> languages) {

    public WebappSettings {
        if (languages == null || languages.isEmpty() || !List.of("fr", "en", "de").containsAll(languages)) {
            throw new IllegalArgumentException(
                    "support.webapps.languages must list some of fr, en, de (first = default), not " + languages);
        }
        languages = List.copyOf(languages);
    }
}
