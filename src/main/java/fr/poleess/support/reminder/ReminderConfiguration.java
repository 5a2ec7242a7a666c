package fr.poleess.support.reminder;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import fr.poleess.support.shared.HistoryPolicy;

/** Binds {@code support.reminders.*} to the bean the BPMN timers call, under its BPMN name. */
@Configuration(proxyBeanMethods = false)
class ReminderConfiguration {

    @Bean(ReminderSettings.BEAN)
    ReminderSettings reminderSettings(Environment environment) {
        return Binder.get(environment).bindOrCreate("support.reminders", ReminderSettings.class);
    }

    /** What of {@code appointment-reminder.bpmn} may reach the engine's history. */
    @Bean
    HistoryPolicy appointmentReminderHistoryPolicy() {
        return AppointmentReminderProcess.HISTORY;
    }
}
