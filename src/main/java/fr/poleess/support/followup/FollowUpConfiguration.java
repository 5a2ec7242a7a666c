package fr.poleess.support.followup;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Binds {@code support.reminders.*} to the bean the follow-up timers call, under its BPMN name. */
@Configuration(proxyBeanMethods = false)
class FollowUpConfiguration {

    @Bean(FollowUpSettings.BEAN)
    FollowUpSettings followUpSettings(Environment environment) {
        return Binder.get(environment).bindOrCreate("support.reminders", FollowUpSettings.class);
    }
}
