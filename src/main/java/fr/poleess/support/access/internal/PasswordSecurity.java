package fr.poleess.support.access.internal;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * How the engine stores and checks passwords: new hashes with PBKDF2 ({@link Pbkdf2PasswordEncryptor}),
 * older SHA-512 hashes still checked and upgraded at the next login, the CNIL password policy
 * ({@link CnilPasswordPolicy}, switched on by {@code enablePasswordPolicy} in {@code application.yaml})
 * for every user created or changed, and no permanent account lock ({@link RehashingIdentityProvider}).
 */
@Component
class PasswordSecurity extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(PasswordSecurity.class);

    private final PasswordHashingSettings hashing;

    PasswordSecurity(PasswordHashingSettings hashing) {
        this.hashing = hashing;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (hashing.iterations() < Pbkdf2PasswordEncryptor.UNRECORDED_ITERATIONS) {
            // The tests' setting (src/test/resources/config/application.yaml): fine for throw-away passwords only.
            LOG.warn("Passwords are hashed with {} PBKDF2 iterations, fewer than the {} recommended by OWASP",
                    hashing.iterations(), Pbkdf2PasswordEncryptor.UNRECORDED_ITERATIONS);
        }
        configuration.setPasswordEncryptor(new Pbkdf2PasswordEncryptor(hashing.iterations()));
        // The engine's password manager always keeps its SHA-1 and SHA-512 checkers for older hashes.
        configuration.setPasswordPolicy(new CnilPasswordPolicy());
        configuration.setIdentityProviderSessionFactory(new GenericManagerFactory(RehashingIdentityProvider.class));
    }
}
