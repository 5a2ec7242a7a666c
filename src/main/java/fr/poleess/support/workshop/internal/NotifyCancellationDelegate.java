package fr.poleess.support.workshop.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import fr.poleess.support.workshop.CollectiveSessionProcess;
import fr.poleess.support.workshop.SessionReminders;

/** « Prévenir les inscrits de l'annulation » ({@code Task_NotifyCancellation}). */
@Component(CollectiveSessionProcess.Beans.NOTIFY_CANCELLATION)
class NotifyCancellationDelegate implements JavaDelegate {

    private final SessionReminders reminders;

    NotifyCancellationDelegate(SessionReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reminders.notifyCancellation(OpenRegistrationsDelegate.sessionId(execution));
    }
}
