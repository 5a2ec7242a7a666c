package fr.poleess.support.workshop.internal;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import fr.poleess.support.shared.HistoryPolicy;
import fr.poleess.support.workshop.CollectiveSessionProcess;
import fr.poleess.support.workshop.WorkshopSettings;

/** Binds {@code support.workshops.*} under the bean name the monthly timer start event uses. */
@Configuration(proxyBeanMethods = false)
class WorkshopConfiguration {

    @Bean(CollectiveSessionProcess.BreakfastPlanning.SETTINGS_BEAN)
    WorkshopSettings workshopSettings(Environment environment) {
        return Binder.get(environment).bindOrCreate("support.workshops", WorkshopSettings.class);
    }

    /** What of each of the two models may reach the engine's history (see {@link CollectiveSessionProcess#HISTORY}). */
    @Bean
    HistoryPolicy collectiveSessionHistoryPolicy() {
        return CollectiveSessionProcess.HISTORY;
    }

    @Bean
    HistoryPolicy breakfastPlanningHistoryPolicy() {
        return CollectiveSessionProcess.BREAKFAST_PLANNING_HISTORY;
    }
}
