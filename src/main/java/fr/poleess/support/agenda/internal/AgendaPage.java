package fr.poleess.support.agenda.internal;

import java.net.URI;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * « Mon agenda » ({@code /mon-agenda}), the page an advisor reaches from Tasklist: their calendar feed
 * (create, replace, revoke; the address shown once) and their day sheet; for administrators,
 * {@code /mon-agenda/conseillers}, every advisor's feed. Opened with the Tasklist session or HTTP Basic
 * like {@code /rapports}; its forms post with Spring Security's CSRF token, which the page puts in them.
 * After a revocation the browser is sent back to the page (303), so that reloading it posts nothing;
 * the page that shows a new address is the answer to the post itself, never stored or cached.
 */
@Controller
class AgendaPage {

    private static final String HTML = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";

    private final AgendaPages pages;

    AgendaPage(AgendaPages pages) {
        this.pages = pages;
    }

    @GetMapping(value = "/mon-agenda", produces = HTML)
    ResponseEntity<String> page(@RequestParam(required = false) String fait, CsrfToken csrf) {
        return html(pages.mine(form(csrf), fait));
    }

    @PostMapping(value = "/mon-agenda/adresse", produces = HTML)
    ResponseEntity<String> create(CsrfToken csrf) {
        return html(pages.createMine(form(csrf), contextUrl()));
    }

    @PostMapping("/mon-agenda/revocation")
    ResponseEntity<Void> revoke() {
        return seeOther(ServletUriComponentsBuilder.fromCurrentContextPath().path("/mon-agenda")
                .queryParam("fait", pages.revokeMine() ? AgendaPages.REVOKED : AgendaPages.NOTHING_TO_REVOKE)
                .build().toUri());
    }

    @GetMapping(value = "/mon-agenda/conseillers", produces = HTML)
    ResponseEntity<String> advisors(@RequestParam(required = false) String fait,
            @RequestParam(required = false) String conseiller, CsrfToken csrf) {
        return html(pages.advisors(form(csrf), fait, conseiller));
    }

    @PostMapping(value = "/mon-agenda/conseillers/adresse", produces = HTML)
    ResponseEntity<String> createFor(@RequestParam(required = false) String conseiller, CsrfToken csrf) {
        return html(pages.createFor(conseiller, form(csrf), contextUrl()));
    }

    @PostMapping("/mon-agenda/conseillers/revocation")
    ResponseEntity<Void> revokeOf(@RequestParam(required = false) String conseiller) {
        String done = pages.revokeFor(conseiller) ? AgendaPages.REVOKED : AgendaPages.NOTHING_TO_REVOKE;
        return seeOther(ServletUriComponentsBuilder.fromCurrentContextPath().path("/mon-agenda/conseillers")
                .queryParam("fait", done).queryParam("conseiller", conseiller).encode().build().toUri());
    }

    /** Never kept by the browser or a proxy: the page may show a secret address. */
    private static ResponseEntity<String> html(String body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    private static ResponseEntity<Void> seeOther(URI location) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(location).build();
    }

    private static AgendaHtml.FormToken form(CsrfToken csrf) {
        return new AgendaHtml.FormToken(csrf.getParameterName(), csrf.getToken());
    }

    /** Where the application answers, as the browser reached it: the start of the feed's address. */
    private static String contextUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }
}
