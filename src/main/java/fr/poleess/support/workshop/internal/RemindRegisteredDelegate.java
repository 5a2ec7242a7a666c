package fr.poleess.support.workshop.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import fr.poleess.support.workshop.CollectiveSessionProcess;
import fr.poleess.support.workshop.SessionReminders;

/** « Rappeler les inscrits » ({@code Task_RemindRegistered}). */
@Component(CollectiveSessionProcess.Beans.REMIND_REGISTERED)
class RemindRegisteredDelegate implements JavaDelegate {

    private final SessionReminders reminders;

    RemindRegisteredDelegate(SessionReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reminders.remind(OpenRegistrationsDelegate.sessionId(execution), OpenRegistrationsDelegate.slotId(execution));
    }
}
