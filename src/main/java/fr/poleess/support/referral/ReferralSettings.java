package fr.poleess.support.referral;

import java.time.Period;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import fr.poleess.support.shared.Settings;

/**
 * Delays of {@code processes/referral.bpmn}, as ISO 8601 periods in {@code application.yaml}
 * ({@code support.referrals.*}), read by its timers through the bean {@value #BEAN}.
 *
 * @param followUpDelay how long after the referral was sent the referent gets « Suivi de la mise en lien » (P15D)
 * @param lastCheckDelay how long after the chase of the participant, still without news, the referral
 *        closes by itself as « sans suite » (P15D)
 */
@ConfigurationProperties("support.referrals")
@Validated
public record ReferralSettings(@NotNull Period followUpDelay, @NotNull Period lastCheckDelay) {

    public static final String BEAN = "referralSettings";

    /** The defaults, as {@code application.yaml} states them: what process tests run with. */
    public static ReferralSettings defaults() {
        return Settings.defaults("support.referrals", ReferralSettings.class);
    }

    /** {@code followUpDelay} as the ISO 8601 string a BPMN {@code timeDuration} needs. */
    public String followUpDelayDuration() {
        return followUpDelay.toString();
    }

    /** {@code lastCheckDelay} as the ISO 8601 string a BPMN {@code timeDuration} needs. */
    public String lastCheckDelayDuration() {
        return lastCheckDelay.toString();
    }
}
