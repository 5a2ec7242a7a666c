package fr.poleess.support.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing on every way in — HTTP Basic on {@code /api}, {@code /engine-rest} and
 * {@code /rapports}, and the webapps' login form — by client address and by account, with growing
 * holds: after the free failures, 15 s, then twice as long at each further failure, at most 15 minutes
 * (the defaults of {@link LoginThrottleSettings}, in {@code application.yaml}). While held, a login is answered {@code 429} with
 * {@code Retry-After} and the password is not even checked, so the right one does not work either;
 * once the hold has passed it does. Failures are forgotten an hour after the last one, and an
 * account's failures after its next successful login.
 * <p>
 * A stranger who knows a login name can therefore hold the account for minutes at a time, never for
 * good, and not at all for its owner at an address they logged in from successfully in the last 30
 * days (only the address hold applies there). Camunda's own lock, which is permanent, is off
 * ({@link RehashingIdentityProvider}).
 * <p>
 * State is in memory, per application node: a restart forgets it, and with several nodes the limits
 * apply per node. Time is the application's {@link Clock}, the engine's clock, so a test moves a
 * single clock.
 */
@Component
public class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    /** Above this many remembered entries, forgotten ones are swept out (login names sprayed at random). */
    private static final int SWEEP_ABOVE = 10_000;

    private final LoginThrottleSettings settings;
    private final Clock clock;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();
    /** "account address" → last successful login. */
    private final Map<String, Instant> knownAddresses = new ConcurrentHashMap<>();

    LoginThrottle(LoginThrottleSettings settings, Clock clock) {
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * How long a login by {@code userId} from {@code address} must wait, if it must.
     *
     * @return the remaining hold, or empty when the password may be checked now
     */
    public Optional<Duration> holdFor(String address, String userId) {
        Instant now = now();
        Duration hold = remaining(addresses.get(address), now);
        if (!isKnown(userId, address, now)) {
            Duration accountHold = remaining(accounts.get(key(userId)), now);
            hold = accountHold.compareTo(hold) > 0 ? accountHold : hold;
        }
        return hold.isZero() ? Optional.empty() : Optional.of(hold);
    }

    /** Records a wrong password (or unknown login name) and logs it with the address. */
    public void failed(String address, String userId) {
        Instant now = now();
        int onAccount = record(accounts, key(userId), settings.accountFreeFailures(), now);
        int fromAddress = record(addresses, address, settings.addressFreeFailures(), now);
        LOG.warn("Failed login for user '{}' from {} ({} recent failures on the account, {} from the address)",
                printable(userId), address, onAccount, fromAddress);
    }

    /** Records a successful login: the account's failures are forgotten and the address becomes known. */
    public void succeeded(String address, String userId) {
        accounts.remove(key(userId));
        knownAddresses.put(key(userId) + " " + address, now());
    }

    private boolean isKnown(String userId, String address, Instant now) {
        Instant last = knownAddresses.get(key(userId) + " " + address);
        return last != null && !now.isAfter(last.plus(settings.knownAddressFor()));
    }

    private Duration remaining(Failures failures, Instant now) {
        if (failures == null || failures.heldUntil() == null || !failures.heldUntil().isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, failures.heldUntil());
    }

    private int record(Map<String, Failures> map, String key, int free, Instant now) {
        if (map.size() > SWEEP_ABOVE) {
            map.values().removeIf(f -> now.isAfter(f.last().plus(settings.forgetAfter())));
        }
        Failures updated = map.compute(key, (k, previous) -> {
            int count = previous == null || now.isAfter(previous.last().plus(settings.forgetAfter())) ? 1
                    : previous.count() + 1;
            return new Failures(count, now, count <= free ? null : now.plus(delay(count - free - 1)));
        });
        return updated.count();
    }

    /** firstDelay × 2^extra, at most maxDelay. */
    private Duration delay(int extra) {
        Duration delay = settings.firstDelay();
        for (int i = 0; i < extra && delay.compareTo(settings.maxDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
    }

    private Instant now() {
        return clock.instant();
    }

    /** Login names are compared as the engine does for its ids, but "Admin" and "admin" share one count. */
    private static String key(String userId) {
        return userId == null ? "" : userId.toLowerCase(Locale.ROOT);
    }

    /** A login name as typed by anyone, safe for one log line. */
    static String printable(String userId) {
        if (userId == null) {
            return "";
        }
        String clean = userId.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
    }

    private record Failures(int count, Instant last, Instant heldUntil) {
    }
}
