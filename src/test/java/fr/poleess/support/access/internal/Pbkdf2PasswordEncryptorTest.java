package fr.poleess.support.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm;

class Pbkdf2PasswordEncryptorTest {

    private static final String PASSWORD = "Bon-Mot-de-passe-2026";

    @Test
    void aHashRecordsItsIterationsAndChecksTheRightPasswordOnly() {
        Pbkdf2PasswordEncryptor encryptor = new Pbkdf2PasswordEncryptor(1_000);

        String hash = encryptor.encrypt(PASSWORD);

        assertThat(hash).startsWith("1000$").hasSize("1000$".length() + 2 * (16 + 32));
        assertThat(encryptor.check(PASSWORD, hash)).isTrue();
        assertThat(encryptor.check("Autre-Mot-de-passe-2026", hash)).isFalse();
        assertThat(encryptor.encrypt(PASSWORD)).as("a salt of its own each time").isNotEqualTo(hash);
    }

    @Test
    void aRaisedSettingStillChecksOlderHashesWithTheirOwnIterationsAndCallsThemWeaker() {
        String older = new Pbkdf2PasswordEncryptor(1_000).encrypt(PASSWORD);
        Pbkdf2PasswordEncryptor raised = new Pbkdf2PasswordEncryptor(2_000);

        assertThat(raised.check(PASSWORD, older)).isTrue();
        assertThat(raised.isWeakerThanCurrent(older)).isTrue();
        assertThat(raised.isWeakerThanCurrent(raised.encrypt(PASSWORD))).isFalse();
    }

    @Test
    void aHashWithoutIterationsIsFromBeforeThemAndCounts600000() {
        // As stored before each hash recorded its number: Spring's encoder alone, 600,000 iterations.
        String unrecorded = new Pbkdf2PasswordEncoder("", 16, 600_000, SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256)
                .encode(PASSWORD);

        Pbkdf2PasswordEncryptor current = new Pbkdf2PasswordEncryptor(600_000);
        assertThat(current.check(PASSWORD, unrecorded)).isTrue();
        assertThat(current.check("Autre-Mot-de-passe-2026", unrecorded)).isFalse();
        assertThat(current.isWeakerThanCurrent(unrecorded)).isFalse();
        assertThat(new Pbkdf2PasswordEncryptor(700_000).isWeakerThanCurrent(unrecorded)).isTrue();
    }

    @Test
    void aMalformedNumberOfIterationsMatchesNothing() {
        String hash = new Pbkdf2PasswordEncryptor(1_000).encrypt(PASSWORD);

        assertThat(new Pbkdf2PasswordEncryptor(1_000).check(PASSWORD, "mille" + hash.substring(4))).isFalse();
        assertThat(new Pbkdf2PasswordEncryptor(1_000).check(PASSWORD, "-1000" + hash.substring(4))).isFalse();
    }
}
