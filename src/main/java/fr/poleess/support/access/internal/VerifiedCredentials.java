package fr.poleess.support.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a few minutes, that a password matched a user's stored hash, so that an API client
 * sending HTTP Basic credentials on every request pays the slow PBKDF2 check once, not each time.
 * What is kept is an HMAC of the stored hash and the password under a key that exists only in this
 * process's memory; a changed password changes the stored hash, so the old one stops matching at once.
 */
class VerifiedCredentials {

    static final Duration KEEP_FOR = Duration.ofMinutes(10);
    private static final String HMAC = "HmacSHA256";
    private static final int MAX_USERS = 5_000;

    private final byte[] key = new byte[32];
    private final Map<String, Entry> verified = new ConcurrentHashMap<>();

    VerifiedCredentials() {
        new SecureRandom().nextBytes(key);
    }

    boolean isVerified(String userId, String storedHash, String password, Instant now) {
        Entry entry = verified.get(userId);
        return entry != null && now.isBefore(entry.until())
                && MessageDigest.isEqual(entry.digest(), digest(storedHash, password));
    }

    void remember(String userId, String storedHash, String password, Instant now) {
        if (verified.size() >= MAX_USERS) {
            verified.values().removeIf(entry -> !now.isBefore(entry.until()));
        }
        verified.put(userId, new Entry(digest(storedHash, password), now.plus(KEEP_FOR)));
    }

    private byte[] digest(String storedHash, String password) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private record Entry(byte[] digest, Instant until) {
    }
}
