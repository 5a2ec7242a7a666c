package fr.poleess.support.reminder.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import fr.poleess.support.reminder.AppointmentReminderProcess;
import fr.poleess.support.reminder.AppointmentReminders;

/** "Envoyer le rappel" ({@code Task_SendAppointmentReminder}). */
@Component(AppointmentReminderProcess.Beans.SEND_REMINDER)
class SendAppointmentReminderDelegate implements JavaDelegate {

    private final AppointmentReminders reminders;

    SendAppointmentReminderDelegate(AppointmentReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reminders.send(reminders.appointmentOf(execution.getProcessBusinessKey(),
                execution.getVariable(AppointmentReminderProcess.Variables.APPOINTMENT_ID)));
    }
}
