package fr.poleess.support.agenda.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import fr.poleess.support.access.CurrentUser;
import fr.poleess.support.shared.NotFoundException;

/** The advisor's day sheet and calendar feed. */
@RestController
class AgendaController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final DaySheets daySheets;
    private final CalendarFeeds feeds;
    private final CurrentUser currentUser;

    AgendaController(DaySheets daySheets, CalendarFeeds feeds, CurrentUser currentUser) {
        this.daySheets = daySheets;
        this.feeds = feeds;
        this.currentUser = currentUser;
    }

    /**
     * The caller's day sheet for {@code date} (tomorrow by default: it is printed the evening before):
     * their appointments and the sessions they facilitate, in the territories they serve.
     */
    @GetMapping("/api/advisors/me/day-sheet.pdf")
    ResponseEntity<byte[]> daySheet(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        DaySheets.DaySheet sheet = daySheets.ofCaller(date);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("feuille-de-route-" + sheet.day() + ".pdf").build().toString())
                .body(sheet.pdf());
    }

    /** Whether the caller has a live feed, and since when; the token itself cannot be shown again. */
    @GetMapping("/api/advisors/me/calendar-feed")
    Map<String, Object> feedStatus() {
        Map<String, Object> body = new LinkedHashMap<>();
        feeds.liveSince(currentUser.userId()).ifPresentOrElse(since -> {
            body.put("active", true);
            body.put("createdAt", since);
        }, () -> body.put("active", false));
        return body;
    }

    /** A new private feed address for the caller (the previous one stops working). */
    @PostMapping("/api/advisors/me/calendar-feed")
    ResponseEntity<Map<String, Object>> createFeed() {
        return created(currentUser.userId());
    }

    @DeleteMapping("/api/advisors/me/calendar-feed")
    ResponseEntity<Void> revokeFeed() {
        feeds.revoke(currentUser.userId());
        return ResponseEntity.noContent().build();
    }

    /** An administrator creates an advisor's feed (to hand over) … */
    @PostMapping("/api/advisors/{userId}/calendar-feed")
    ResponseEntity<Map<String, Object>> createFeedFor(@PathVariable String userId) {
        requireAdmin();
        return created(userId);
    }

    /** … or revokes it, e.g. when a phone is lost. */
    @DeleteMapping("/api/advisors/{userId}/calendar-feed")
    ResponseEntity<Void> revokeFeedOf(@PathVariable String userId) {
        requireAdmin();
        feeds.revoke(userId);
        return ResponseEntity.noContent().build();
    }

    /** The feed itself: no login (calendar applications cannot), the token is the secret. */
    @GetMapping("/api/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        String ics = feeds.feed(token).orElseThrow(() -> new NotFoundException("Calendrier inconnu ou révoqué."));
        return ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore()).body(ics);
    }

    private ResponseEntity<Map<String, Object>> created(String advisor) {
        String token = feeds.create(advisor, currentUser.userId());
        URI url = URI.create(CalendarFeeds.address(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString(),
                token));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("advisor", advisor);
        body.put("url", url.toString());
        body.put("notice", "Adresse personnelle et secrète : abonnez-y votre agenda (Outlook, Thunderbird, téléphone)."
                + " Elle ne sera plus affichée ; en cas de perte, créez-en une nouvelle, l'ancienne cessera de fonctionner.");
        return ResponseEntity.created(url).body(body);
    }

    private void requireAdmin() {
        if (!currentUser.isAdmin()) {
            throw new AccessDeniedException("Réservé aux administrateurs.");
        }
    }
}
