package fr.poleess.support.access.internal;

import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm;

/**
 * Stores Camunda passwords as PBKDF2-HMAC-SHA256 with 600,000 iterations and a random 16-byte salt of
 * its own (OWASP's 2023 figure), through Spring Security's encoder. The engine's default, one round of
 * salted SHA-512, is cheap enough to try billions of guesses per second on a stolen database.
 * The engine prefixes each hash with {@code {PBKDF2-SHA256}}, which is how older SHA-512 hashes are
 * still recognised and upgraded at the next login ({@link RehashingIdentityProvider}).
 */
class Pbkdf2PasswordEncryptor implements PasswordEncryptor {

    static final String ALGORITHM = "PBKDF2-SHA256";
    static final int ITERATIONS = 600_000;

    private final Pbkdf2PasswordEncoder encoder = new Pbkdf2PasswordEncoder("", 16, ITERATIONS,
            SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);

    @Override
    public String encrypt(String password) {
        return encoder.encode(password);
    }

    @Override
    public boolean check(String password, String encrypted) {
        return encoder.matches(password, encrypted);
    }

    @Override
    public String hashAlgorithmName() {
        return ALGORITHM;
    }
}
