package fr.poleess.support.access.internal;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How failed logins are slowed down ({@code support.security.login.*}); see {@link LoginThrottle}.
 *
 * @param accountFreeFailures failed logins on one account, from anywhere, before it is held back
 * @param addressFreeFailures failed logins from one client address, on any account, before it is held
 *        back; higher, because an office or a mobile network shares one address
 * @param firstDelay the first hold; each further failure doubles it
 * @param maxDelay the longest hold, the "temporary lock"
 * @param forgetAfter failures older than this (counted from the last one) are forgotten
 * @param knownAddressFor how long a successful login from an address keeps that address free of
 *        its account's hold, so that a stranger cannot lock a user out of their usual place
 */
@Validated
@ConfigurationProperties("support.security.login")
record LoginThrottleSettings(
        @NotNull @Positive Integer accountFreeFailures,
        @NotNull @Positive Integer addressFreeFailures,
        @NotNull Duration firstDelay,
        @NotNull Duration maxDelay,
        @NotNull Duration forgetAfter,
        @NotNull Duration knownAddressFor) {
}
