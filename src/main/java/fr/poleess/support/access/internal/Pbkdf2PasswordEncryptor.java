package fr.poleess.support.access.internal;

import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm;

/**
 * Stores Camunda passwords as PBKDF2-HMAC-SHA256 with a random 16-byte salt of its own, through Spring
 * Security's encoder, with the number of iterations set by {@code support.security.password-hashing}
 * (600,000 by default, OWASP's 2023 figure). The engine's default, one round of salted SHA-512, is cheap
 * enough to try billions of guesses per second on a stolen database.
 * <p>
 * Each hash records its own number of iterations ({@code 600000$<salt and hash in hex>}), so that the
 * setting can be raised later without locking anyone out: older hashes are still checked with the
 * number they were made with, and stored again with the current one at the next login
 * ({@link RehashingIdentityProvider}). A hash without a number is from before it was recorded: 600,000.
 * The engine prefixes each hash with {@code {PBKDF2-SHA256}}, which is how older SHA-512 hashes are
 * still recognised and upgraded.
 */
class Pbkdf2PasswordEncryptor implements PasswordEncryptor {

    static final String ALGORITHM = "PBKDF2-SHA256";
    /** The number of iterations of the hashes stored before each hash recorded its own. */
    static final int UNRECORDED_ITERATIONS = 600_000;
    private static final char SEPARATOR = '$';

    private final int iterations;
    private final Pbkdf2PasswordEncoder encoder;

    Pbkdf2PasswordEncryptor(int iterations) {
        this.iterations = iterations;
        this.encoder = encoder(iterations);
    }

    @Override
    public String encrypt(String password) {
        return iterations + String.valueOf(SEPARATOR) + encoder.encode(password);
    }

    @Override
    public boolean check(String password, String encrypted) {
        int separator = encrypted.indexOf(SEPARATOR);
        if (separator < 0) {
            return encoder(UNRECORDED_ITERATIONS).matches(password, encrypted);
        }
        int recorded = iterationsOf(encrypted);
        if (recorded <= 0) {
            return false;
        }
        String hash = encrypted.substring(separator + 1);
        return (recorded == iterations ? encoder : encoder(recorded)).matches(password, hash);
    }

    /** Whether a hash of ours was made with fewer iterations than new hashes are. */
    boolean isWeakerThanCurrent(String encrypted) {
        return encrypted.indexOf(SEPARATOR) < 0 ? UNRECORDED_ITERATIONS < iterations
                : iterationsOf(encrypted) < iterations;
    }

    @Override
    public String hashAlgorithmName() {
        return ALGORITHM;
    }

    private static int iterationsOf(String encrypted) {
        try {
            return Integer.parseInt(encrypted.substring(0, encrypted.indexOf(SEPARATOR)));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Pbkdf2PasswordEncoder encoder(int iterations) {
        return new Pbkdf2PasswordEncoder("", 16, iterations, SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
    }
}
