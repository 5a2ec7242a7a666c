package fr.poleess.support.agenda.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.security.crypto.keygen.BytesKeyGenerator;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.shared.ICalendars;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * Private calendar feeds. A calendar application cannot log in, so the URL's token is the secret: 32
 * random bytes (Spring Security's key generator), shown once when created, stored as a SHA-256 hash,
 * revocable at any time. One live token per advisor: creating a new one revokes the old one.
 */
@Service
class CalendarFeeds {

    /** How far ahead the feed lists appointments and sessions. */
    static final int MONTHS_AHEAD = 3;

    private final CalendarFeedTokens tokens;
    private final AdvisorAgenda agenda;
    private final Clock clock;
    private final BytesKeyGenerator keys = KeyGenerators.secureRandom(32);

    CalendarFeeds(CalendarFeedTokens tokens, AdvisorAgenda agenda, Clock clock) {
        this.tokens = tokens;
        this.agenda = agenda;
        this.clock = clock;
    }

    /** The feed's address under the application's {@code contextUrl}: the token is URL-safe Base64, nothing to encode. */
    static String address(String contextUrl, String token) {
        return contextUrl + "/api/calendar/" + token + ".ics";
    }

    /** A new token for {@code advisor}, revoking the one before; the only moment the token is known. */
    @Transactional
    String create(String advisor, String by) {
        revoke(advisor);
        String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(keys.generateKey());
        tokens.save(new CalendarFeedToken(advisor, hash(token), Instant.now(clock), by));
        return token;
    }

    /** @return whether a live token was revoked */
    @Transactional
    boolean revoke(String advisor) {
        List<CalendarFeedToken> live = tokens.findByAdvisorAndRevokedAtIsNull(advisor);
        live.forEach(t -> t.revoke(Instant.now(clock)));
        return !live.isEmpty();
    }

    /** When the advisor's live token was created, if there is one (the token itself is not kept). */
    @Transactional(readOnly = true)
    Optional<Instant> liveSince(String advisor) {
        return tokens.findByAdvisorAndRevokedAtIsNull(advisor).stream().map(CalendarFeedToken::getCreatedAt).findFirst();
    }

    /** The advisor's live feed: since when and created by whom. */
    @Transactional(readOnly = true)
    Optional<LiveFeed> liveFeedOf(String advisor) {
        return tokens.findByAdvisorAndRevokedAtIsNull(advisor).stream()
                .map(t -> new LiveFeed(t.getAdvisor(), t.getCreatedAt(), t.getCreatedBy())).findFirst();
    }

    /** Every live feed: who, since when and created by whom, by advisor. */
    @Transactional(readOnly = true)
    List<LiveFeed> live() {
        return tokens.findByRevokedAtIsNullOrderByAdvisor().stream()
                .map(t -> new LiveFeed(t.getAdvisor(), t.getCreatedAt(), t.getCreatedBy())).toList();
    }

    record LiveFeed(String advisor, Instant createdAt, String createdBy) {
    }

    /** The feed of the token's advisor, or empty for an unknown or revoked token. */
    @Transactional(readOnly = true)
    Optional<String> feed(String token) {
        return tokens.findByTokenHashAndRevokedAtIsNull(hash(token)).map(t -> render(t.getAdvisor()));
    }

    private String render(String advisor) {
        LocalDate today = LocalDate.now(clock);
        Calendar calendar = ICalendars.calendar(new Method(Method.VALUE_PUBLISH));
        calendar.add(new XProperty("X-WR-CALNAME", "Parcours création — mes rendez-vous"));
        calendar.add(new XProperty("X-WR-TIMEZONE", ICalendars.ZONE));
        for (AdvisorAgenda.Item item : agenda.between(advisor, agenda.territoriesOf(advisor), today.minusDays(7),
                today.plusMonths(MONTHS_AHEAD))) {
            // Initials and commune only: a phone's calendar is no place for names and contacts.
            String summary = item.kind() == AdvisorAgenda.Item.Kind.APPOINTMENT
                    ? "Rendez-vous " + item.initials() + " (" + item.commune() + ")"
                    : item.person() + " (" + item.registered().size() + " inscrits)";
            String location = item.kind() == AdvisorAgenda.Item.Kind.APPOINTMENT && "à domicile".equals(item.mode())
                    ? item.commune() : item.kind() == AdvisorAgenda.Item.Kind.APPOINTMENT && item.place() != null
                            && item.place().startsWith("Appeler") ? "Par téléphone" : item.place();
            calendar.add(ICalendars.event(item.uid(), item.sequence(), item.at(), item.minutes(), summary, location,
                    item.mode(), false));
        }
        return calendar.toString();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
