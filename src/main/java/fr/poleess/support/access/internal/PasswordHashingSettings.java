package fr.poleess.support.access.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How passwords are hashed ({@code support.security.password-hashing.*}); see
 * {@link Pbkdf2PasswordEncryptor}.
 *
 * @param iterations PBKDF2-HMAC-SHA256 iterations of every new hash; raise it as machines get faster
 *        (hashes made with fewer are upgraded at their user's next login), never lower it in production
 */
@Validated
@ConfigurationProperties("support.security.password-hashing")
record PasswordHashingSettings(@NotNull @Min(1_000) Integer iterations) {
}
