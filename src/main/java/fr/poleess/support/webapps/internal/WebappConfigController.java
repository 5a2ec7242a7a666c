package fr.poleess.support.webapps.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import fr.poleess.support.webapps.WebappSettings;

/**
 * Serves each webapp's {@code scripts/config.js} (ours, in {@code META-INF/resources/webjars/camunda/app})
 * with the languages of {@link WebappSettings} in place of its French-only default. A controller
 * mapping comes before the starter's static resources, so this answer replaces the file's.
 */
@RestController
class WebappConfigController {

    static final List<String> APPS = List.of("tasklist", "cockpit", "admin", "welcome");
    static final String FRENCH_ONLY = "availableLocales: ['fr'], fallbackLocale: 'fr'";
    private static final MediaType JAVASCRIPT = new MediaType("text", "javascript", StandardCharsets.UTF_8);

    private final Map<String, String> scripts = new HashMap<>();

    WebappConfigController(WebappSettings settings) {
        String languages = settings.languages().stream().map(language -> "'" + language + "'")
                .collect(Collectors.joining(", "));
        String locales = "availableLocales: [" + languages + "], fallbackLocale: '" + settings.languages().get(0) + "'";
        for (String app : APPS) {
            String script = read(app);
            if (!script.contains(FRENCH_ONLY)) {
                throw new IllegalStateException("app/" + app + "/scripts/config.js must contain « " + FRENCH_ONLY
                        + " », which support.webapps.languages replaces");
            }
            scripts.put(app, script.replace(FRENCH_ONLY, locales));
        }
    }

    @GetMapping("${camunda.bpm.webapp.application-path:/camunda}/app/{app}/scripts/config.js")
    ResponseEntity<String> config(@PathVariable String app) {
        String script = scripts.get(app);
        if (script == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(JAVASCRIPT).cacheControl(CacheControl.noStore()).body(script);
    }

    private static String read(String app) {
        ClassPathResource resource = new ClassPathResource("META-INF/resources/webjars/camunda/app/" + app + "/scripts/config.js");
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
