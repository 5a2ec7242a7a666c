package fr.poleess.support.access.internal;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Camunda's database identity provider with two changes.
 * <ul>
 * <li>No lock: the engine counts failed logins per account and, after {@code loginMaxAttempts},
 * locks the account until an administrator unlocks it, so anyone who knows a login name could lock
 * it for good. {@link LoginThrottle} slows failed logins down instead, by address and by account,
 * for minutes at most, before the password is even hashed.</li>
 * <li>Upgrade of old hashes: after a successful check of a password stored with an older algorithm
 * (SHA-512, before {@link Pbkdf2PasswordEncryptor}) or with fewer PBKDF2 iterations than the current
 * setting, the same password is stored again with the current ones, in the same transaction.</li>
 * </ul>
 * Instantiated by the engine for each command ({@link PasswordSecurity}), hence public and stateless.
 */
public class RehashingIdentityProvider extends DbIdentityServiceProvider {

    private static final String CURRENT_PREFIX = "{" + Pbkdf2PasswordEncryptor.ALGORITHM + "}";

    @Override
    public boolean checkPassword(String userId, String password) {
        boolean matches = super.checkPassword(userId, password);
        if (matches) {
            UserEntity user = findUserById(userId);
            if (user != null && user.getPassword() != null && isOutdated(user.getPassword())) {
                // The entity is managed: the engine flushes the new hash and salt when the command ends.
                user.setPassword(password);
                user.encryptPassword();
            }
        }
        return matches;
    }

    private static boolean isOutdated(String stored) {
        if (!stored.startsWith(CURRENT_PREFIX)) {
            return true;
        }
        return Context.getProcessEngineConfiguration().getPasswordEncryptor() instanceof Pbkdf2PasswordEncryptor current
                && current.isWeakerThanCurrent(stored.substring(CURRENT_PREFIX.length()));
    }

    @Override
    protected boolean isUserLocked(UserEntity user) {
        return false;
    }

    @Override
    protected void lockUser(UserEntity user) {
        // Failed attempts are counted by LoginThrottle, which locks for minutes, never for good.
    }
}
