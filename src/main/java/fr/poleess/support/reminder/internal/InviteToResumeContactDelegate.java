package fr.poleess.support.reminder.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import fr.poleess.support.journey.JourneyInstances;
import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.reminder.InactivityChases;

/** "Inviter le porteur à reprendre contact" ({@code Task_InviteToResumeContact}). */
@Component(JourneyProcess.Beans.INVITE_TO_RESUME_CONTACT)
class InviteToResumeContactDelegate implements JavaDelegate {

    private final InactivityChases chases;

    private final JourneyInstances journeyInstances;

    InviteToResumeContactDelegate(InactivityChases chases, JourneyInstances journeyInstances) {
        this.journeyInstances = journeyInstances;
        this.chases = chases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        chases.inviteToResumeContact(journeyInstances.journeyId(execution));
    }
}
