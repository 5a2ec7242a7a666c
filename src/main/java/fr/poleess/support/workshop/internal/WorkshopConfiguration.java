package fr.poleess.support.workshop.internal;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.poleess.support.shared.HistoryPolicy;
import fr.poleess.support.shared.Settings;
import fr.poleess.support.workshop.CollectiveSessionProcess;
import fr.poleess.support.workshop.WorkshopSettings;

/** Names the bound {@code support.workshops.*} as the BPMN calls them. */
@Configuration(proxyBeanMethods = false)
class WorkshopConfiguration {

    /** The BPMN calls the settings by this name. */
    @Bean
    static BeanFactoryPostProcessor workshopSettingsName() {
        return Settings.bpmnName(WorkshopSettings.class, CollectiveSessionProcess.BreakfastPlanning.SETTINGS_BEAN);
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
