package fr.poleess.support.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Our French translation of the Camunda webapps against the English texts of the webjar on the
 * classpath: after a Camunda upgrade this fails on every new or changed key, before a user sees a raw
 * key (a key missing from fr.json is shown as the key itself, not in English).
 */
class WebappTranslationTest {

    private static final String APPS = "META-INF/resources/webjars/camunda/app/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}|\\{}|%[sd]");
    /** Real markup only: « <null> » or « <définition> » in a label are words, not tags. */
    private static final Pattern TAG = Pattern.compile("</?(?:a|b|br|strong|em|i|code|span|p|ul|li|div)\\b[^>]*>");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /**
     * Words spelt the same in French and in English, which a French label may keep (reviewed one by one;
     * every other word left in English fails). « Camunda » is the product's name; « null » is the
     * literal value shown to administrators; « s » is a plural ending the webapps append.
     */
    private static final Set<String> SAME_IN_FRENCH = Set.of("action", "actions", "active", "application",
            "applications", "camunda", "configuration", "date", "documentation", "incident", "incidents",
            "instance", "instances", "message", "migration", "minutes", "notification", "null", "s", "total", "type", "types",
            "variable", "variables", "version");

    /** English words of the webapps' screens that must never be left in a French label. */
    private static final List<String> ENGLISH_UI_WORDS = List.of("Claim", "Unclaim", "Complete", "Save",
            "Start process", "Create task", "Add Comment", "Set follow-up date", "Set due date", "Form", "History",
            "Diagram", "Description", "Processes", "Decisions", "Human Tasks", "Dashboard", "Users", "Groups",
            "Log out", "Filter Tasks", "Created", "Select", "Field is required", "a few seconds ago", "Close",
            "Cancel", "Delete", "Search", "Loading", "Welcome", "Task", "Tasks", "Password", "Username", "the");

    @ParameterizedTest
    @ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
    void everyEnglishLabelHasItsFrenchTranslation(String app) throws IOException {
        Map<String, String> english = labels(read(app, "en"));
        Map<String, String> french = labels(read(app, "fr"));

        assertThat(french.keySet()).as("labels of %s/locales/fr.json", app)
                .containsExactlyInAnyOrderElementsOf(english.keySet());
        assertThat(french).as("empty French labels of %s", app)
                .allSatisfy((key, value) -> assertThat(value.isBlank()).as(key).isEqualTo(english.get(key).isBlank()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
    void placeholdersAndMarkupAreKept(String app) throws IOException {
        Map<String, String> english = labels(read(app, "en"));
        Map<String, String> french = labels(read(app, "fr"));

        List<String> changed = new ArrayList<>();
        english.forEach((key, text) -> {
            String translated = french.getOrDefault(key, "");
            if (!all(PLACEHOLDER, text).equals(all(PLACEHOLDER, translated))) {
                changed.add(key + ": placeholders " + all(PLACEHOLDER, text) + " became " + all(PLACEHOLDER, translated));
            }
            if (!all(TAG, text).equals(all(TAG, translated))) {
                changed.add(key + ": markup " + all(TAG, text) + " became " + all(TAG, translated));
            }
        });
        assertThat(changed).as("labels of %s whose placeholders or HTML differ from English", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
    void noLabelIsLeftInEnglish(String app) throws IOException {
        Map<String, String> english = labels(read(app, "en"));
        Map<String, String> french = labels(read(app, "fr"));

        List<String> untranslated = new ArrayList<>();
        english.forEach((key, text) -> {
            String translated = french.getOrDefault(key, "");
            if (translated.equals(text) && !onlyWordsSameInFrench(text)) {
                untranslated.add(key + ": " + text);
            }
            String words = TAG.matcher(PLACEHOLDER.matcher(translated).replaceAll(" ")).replaceAll(" ");
            for (String englishWord : ENGLISH_UI_WORDS) {
                if (Pattern.compile("(?<![\\p{L}’'-])" + Pattern.quote(englishWord) + "(?![\\p{L}’-])").matcher(words).find()) {
                    untranslated.add(key + ": « " + englishWord + " » in " + translated);
                }
            }
        });
        assertThat(untranslated).as("labels of %s still in English", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "tasklist", "cockpit", "admin" })
    void datesAreFrench(String app) throws IOException {
        JsonNode english = read(app, "en").path("dateLocales");
        JsonNode french = read(app, "fr").path("dateLocales");

        assertThat(leaves(french).keySet()).as("moment.js settings of %s", app)
                .containsExactlyInAnyOrderElementsOf(leaves(english).keySet());
        assertThat(french.path("months").get(11).asText()).isEqualTo("décembre");
        assertThat(french.path("weekdays").get(2).asText()).isEqualTo("mardi");
        assertThat(french.path("relativeTime").path("past").asText()).isEqualTo("il y a %s");
        assertThat(french.path("relativeTime").path("s").asText()).isEqualTo("quelques secondes");
        assertThat(french.path("week").path("dow").asInt()).as("weeks start on Monday").isEqualTo(1);
        leaves(english).forEach((path, value) -> {
            // Week numbering and format tokens (« L » = the short date) are the same in both.
            if (!path.startsWith("week.") && !path.startsWith("longDateFormat.") && !path.equals("calendar.sameElse")) {
                assertThat(leaves(french).get(path).equals(value) && !onlyWordsSameInFrench(value)).as("%s of %s left in English: %s", path, app, value).isFalse();
            }
        });
    }

    private static boolean onlyWordsSameInFrench(String text) {
        Matcher words = WORD.matcher(TAG.matcher(PLACEHOLDER.matcher(text).replaceAll(" ")).replaceAll(" "));
        while (words.find()) {
            String word = words.group();
            boolean acronym = word.length() <= 5 && word.equals(word.toUpperCase(Locale.ROOT));
            if (!acronym && !SAME_IN_FRENCH.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.groupCount() > 0 && matcher.group(1) != null ? "{{" + matcher.group(1) + "}}" : matcher.group());
        }
        found.sort(null);
        return found;
    }

    private static Map<String, String> labels(JsonNode locale) {
        Map<String, String> labels = new TreeMap<>();
        locale.path("labels").fields().forEachRemaining(field -> labels.put(field.getKey(), field.getValue().asText()));
        assertThat(labels).as("labels").isNotEmpty();
        return labels;
    }

    private static Map<String, String> leaves(JsonNode node) {
        Map<String, String> leaves = new TreeMap<>();
        collect("", node, leaves);
        return leaves;
    }

    private static void collect(String path, JsonNode node, Map<String, String> leaves) {
        if (node.isContainerNode()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            int index = 0;
            for (JsonNode element : node.isArray() ? node : List.<JsonNode>of()) {
                collect(path + "[" + index++ + "]", element, leaves);
            }
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves);
            }
        } else {
            leaves.put(path, node.asText());
        }
    }

    /** en.json comes from Camunda's webjar, fr.json from our resources; some webjar files start with a BOM. */
    private static JsonNode read(String app, String language) throws IOException {
        String resource = APPS + app + "/locales/" + language + ".json";
        Set<URL> copies = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        WebappTranslationTest.class.getClassLoader().getResources(resource).asIterator().forEachRemaining(copies::add);
        assertThat(copies).as("copies of %s on the classpath", resource).hasSize(1);
        try (InputStream in = copies.iterator().next().openStream()) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
    }
}
