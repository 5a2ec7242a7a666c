package fr.poleess.support.agenda.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

/**
 * « Mon agenda » as HTML, from {@code templates/agenda/*.mustache}: the templates hold the markup and
 * the French texts, every value is escaped. Plain HTML forms, no script (the pages' content security
 * policy allows none).
 */
@Component
class AgendaHtml {

    private final Template myAgenda;
    private final Template advisors;

    AgendaHtml() {
        Mustache.Compiler compiler = Mustache.compiler()
                // Escapes markup only: the page is UTF-8, accents stay as they are.
                .withEscaper(text -> HtmlUtils.htmlEscape(text, "UTF-8"))
                .nullValue("")
                .withLoader(AgendaHtml::template);
        this.myAgenda = compiler.compile(template("agenda/my-agenda"));
        this.advisors = compiler.compile(template("agenda/advisors"));
    }

    String myAgenda(MyAgenda page) {
        return myAgenda.execute(page);
    }

    String advisors(Advisors page) {
        return advisors.execute(page);
    }

    private static Reader template(String name) {
        try {
            return new InputStreamReader(new ClassPathResource("templates/" + name + ".mustache").getInputStream(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("No template " + name, e);
        }
    }

    /** The CSRF token every form of the page sends back. */
    record FormToken(String parameterName, String value) {
    }

    /** A live feed: whose, since when (in French), and who created it when someone else did. */
    record Feed(String advisor, String name, String since, String createdBy) {
    }

    /**
     * @param feed the caller's live feed, or {@literal null}
     * @param newAddress the address just created, shown this once, or {@literal null}
     */
    record MyAgenda(String name, boolean admin, String notice, Feed feed, String newAddress, String tomorrow,
            String tomorrowInFrench, FormToken form) {
    }

    record AdvisorOption(String id, String name, boolean live) {
    }

    /**
     * @param newAddressOwner whose address was just created, or {@literal null}
     * @param newAddress that address, shown this once, or {@literal null}
     */
    record Advisors(String notice, String error, List<Feed> feeds, List<AdvisorOption> advisors,
            String newAddressOwner, String newAddress, FormToken form) {

        public boolean hasFeeds() {
            return !feeds.isEmpty();
        }
    }
}
