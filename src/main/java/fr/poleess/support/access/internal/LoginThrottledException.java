package fr.poleess.support.access.internal;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A login refused before its password was checked, because {@link LoginThrottle} holds it back. */
class LoginThrottledException extends AuthenticationException {

    private final transient Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("Trop de tentatives de connexion échouées.");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
