package fr.poleess.support.referral.internal;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import fr.poleess.support.referral.ReferralProcess;
import fr.poleess.support.referral.ReferralSettings;
import fr.poleess.support.shared.HistoryPolicy;

/** Binds {@code support.referrals.*} to the bean the BPMN timers call, under its BPMN name. */
@Configuration(proxyBeanMethods = false)
class ReferralConfiguration {

    @Bean(ReferralSettings.BEAN)
    ReferralSettings referralSettings(Environment environment) {
        return Binder.get(environment).bindOrCreate("support.referrals", ReferralSettings.class);
    }

    /** What of {@code referral.bpmn} may reach the engine's history (see {@link ReferralProcess#HISTORY}). */
    @Bean
    HistoryPolicy referralHistoryPolicy() {
        return ReferralProcess.HISTORY;
    }
}
