package fr.poleess.support.referral.internal;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.poleess.support.referral.ReferralProcess;
import fr.poleess.support.referral.ReferralSettings;
import fr.poleess.support.shared.HistoryPolicy;
import fr.poleess.support.shared.Settings;

/** Names the bound {@code support.referrals.*} as the BPMN calls them. */
@Configuration(proxyBeanMethods = false)
class ReferralConfiguration {

    /** The BPMN calls the settings by this name. */
    @Bean
    static BeanFactoryPostProcessor referralSettingsName() {
        return Settings.bpmnName(ReferralSettings.class, ReferralSettings.BEAN);
    }

    /** What of {@code referral.bpmn} may reach the engine's history (see {@link ReferralProcess#HISTORY}). */
    @Bean
    HistoryPolicy referralHistoryPolicy() {
        return ReferralProcess.HISTORY;
    }
}
