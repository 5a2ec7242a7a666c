package fr.poleess.support.agenda.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import com.samskivert.mustache.Template;

import fr.poleess.support.shared.HtmlTemplates;

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
        this.myAgenda = HtmlTemplates.compile("agenda/my-agenda");
        this.advisors = HtmlTemplates.compile("agenda/advisors");
    }

    String myAgenda(MyAgenda page) {
        return myAgenda.execute(page);
    }

    String advisors(Advisors page) {
        return advisors.execute(page);
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
