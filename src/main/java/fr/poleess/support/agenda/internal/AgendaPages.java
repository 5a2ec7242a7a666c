package fr.poleess.support.agenda.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import fr.poleess.support.access.AdvisorNames;
import fr.poleess.support.access.CurrentUser;
import fr.poleess.support.shared.FrenchFormat;

/**
 * What « Mon agenda » shows and does, for {@link AgendaPage}: the caller's feed, and for administrators
 * everyone's. A new token is only ever written into the answer that creates it ({@link CalendarFeeds}
 * keeps its hash only).
 */
@Service
class AgendaPages {

    /** The {@code fait} parameter after a revocation: done, or there was no live address. */
    static final String REVOKED = "revocation";
    static final String NOTHING_TO_REVOKE = "aucune";

    private final CalendarFeeds feeds;
    private final AdvisorAgenda agenda;
    private final CurrentUser currentUser;
    private final AdvisorNames names;
    private final AgendaHtml html;
    private final Clock clock;

    AgendaPages(CalendarFeeds feeds, AdvisorAgenda agenda, CurrentUser currentUser, AdvisorNames names,
            AgendaHtml html, Clock clock) {
        this.feeds = feeds;
        this.agenda = agenda;
        this.currentUser = currentUser;
        this.names = names;
        this.html = html;
        this.clock = clock;
    }

    /** The caller's page, with the outcome of the revocation they were sent back from, if any. */
    String mine(AgendaHtml.FormToken form, String done) {
        String notice = REVOKED.equals(done) ? "Votre adresse d'agenda est révoquée : elle ne fonctionne plus."
                : NOTHING_TO_REVOKE.equals(done) ? "Vous n'aviez pas d'adresse d'agenda active." : null;
        return myPage(form, notice, null);
    }

    /** A new address for the caller, replacing theirs; the page that shows it once. */
    String createMine(AgendaHtml.FormToken form, String contextUrl) {
        String me = currentUser.userId();
        String url = CalendarFeeds.address(contextUrl, feeds.create(me, me));
        return myPage(form, null, url);
    }

    boolean revokeMine() {
        return feeds.revoke(currentUser.userId());
    }

    /** Every live feed, and the form to create one for an advisor: administrators only. */
    String advisors(AgendaHtml.FormToken form, String done, String advisor) {
        requireAdmin();
        String who = advisor == null || advisor.isBlank() ? "ce conseiller" : names.of(advisor);
        String notice = REVOKED.equals(done) ? "L'adresse d'agenda de " + who + " est révoquée : elle ne fonctionne plus."
                : NOTHING_TO_REVOKE.equals(done) ? who + " n'avait pas d'adresse d'agenda active." : null;
        return advisorsPage(form, notice, null, null, null);
    }

    /** A new address for {@code advisor} (one of the territories' advisors), to hand over. */
    String createFor(String advisor, AgendaHtml.FormToken form, String contextUrl) {
        requireAdmin();
        if (advisor == null || !agenda.advisors().contains(advisor)) {
            return advisorsPage(form, null, "Choisissez un conseiller ou une conseillère dans la liste.", null, null);
        }
        String url = CalendarFeeds.address(contextUrl, feeds.create(advisor, currentUser.userId()));
        return advisorsPage(form, null, null, names.of(advisor), url);
    }

    boolean revokeFor(String advisor) {
        requireAdmin();
        return advisor != null && !advisor.isBlank() && feeds.revoke(advisor);
    }

    private String myPage(AgendaHtml.FormToken form, String notice, String newAddress) {
        String me = currentUser.userId();
        Optional<CalendarFeeds.LiveFeed> live = feeds.liveFeedOf(me);
        AgendaHtml.Feed feed = live.map(f -> new AgendaHtml.Feed(me, names.of(me), since(f.createdAt()),
                f.createdBy() != null && !f.createdBy().equals(me) ? names.of(f.createdBy()) : null)).orElse(null);
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        return html.myAgenda(new AgendaHtml.MyAgenda(names.of(me), currentUser.isAdmin(), notice, feed, newAddress,
                tomorrow.toString(), FrenchFormat.dayAndDate(tomorrow), form));
    }

    private String advisorsPage(AgendaHtml.FormToken form, String notice, String error, String newAddressOwner,
            String newAddress) {
        List<String> advisors = agenda.advisors();
        Map<String, CalendarFeeds.LiveFeed> live = feeds.live().stream()
                .collect(Collectors.toMap(CalendarFeeds.LiveFeed::advisor, Function.identity(), (a, b) -> a));
        List<AgendaHtml.Feed> rows = live.values().stream()
                .map(f -> new AgendaHtml.Feed(f.advisor(), names.of(f.advisor()), since(f.createdAt()),
                        f.createdBy() == null ? null : names.of(f.createdBy())))
                .sorted(Comparator.comparing(AgendaHtml.Feed::name)).toList();
        List<AgendaHtml.AdvisorOption> options = advisors.stream()
                .map(id -> new AgendaHtml.AdvisorOption(id, names.of(id), live.containsKey(id)))
                .sorted(Comparator.comparing(AgendaHtml.AdvisorOption::name)).toList();
        return html.advisors(new AgendaHtml.Advisors(notice, error, rows, options, newAddressOwner, newAddress, form));
    }


    private String since(Instant at) {
        return FrenchFormat.dayDateAndTime(LocalDateTime.ofInstant(at, clock.getZone()));
    }

    /** The security chain already keeps others out of these addresses; said again where it matters. */
    private void requireAdmin() {
        if (!currentUser.isAdmin()) {
            throw new AccessDeniedException("Réservé aux administrateurs.");
        }
    }
}
