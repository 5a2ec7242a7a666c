package fr.poleess.support.reminder.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import fr.poleess.support.reminder.AppointmentReminderProcess;
import fr.poleess.support.reminder.AppointmentReminders;

/** "Signaler le rendez-vous non enregistré" ({@code Task_FlagAppointmentNotRecorded}). */
@Component(AppointmentReminderProcess.Beans.FLAG_NOT_RECORDED)
class FlagAppointmentNotRecordedDelegate implements JavaDelegate {

    private final AppointmentReminders reminders;

    FlagAppointmentNotRecordedDelegate(AppointmentReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reminders.flagNotRecorded(reminders.appointmentOf(execution.getProcessBusinessKey(),
                execution.getVariable(AppointmentReminderProcess.Variables.APPOINTMENT_ID)));
    }
}
