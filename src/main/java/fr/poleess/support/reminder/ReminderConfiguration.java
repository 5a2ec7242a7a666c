package fr.poleess.support.reminder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.poleess.support.shared.HistoryPolicy;

/** The reminder module's part of the engine's history policy. */
@Configuration(proxyBeanMethods = false)
class ReminderConfiguration {

    /** What of {@code appointment-reminder.bpmn} may reach the engine's history. */
    @Bean
    HistoryPolicy appointmentReminderHistoryPolicy() {
        return AppointmentReminderProcess.HISTORY;
    }
}
