package fr.poleess.support.followup.internal;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import fr.poleess.support.followup.FollowUps;
import fr.poleess.support.followup.PostCreationFollowUpProcess.Beans;
import fr.poleess.support.followup.PostCreationFollowUpProcess.Variables;

/** "Prévenir le porteur de projet" ({@code Task_NotifyParticipant}): queues the follow-up message. */
@Component(Beans.NOTIFY_PARTICIPANT)
class PostCreationFollowUpNoticeDelegate implements JavaDelegate {

    private final FollowUps followUps;

    PostCreationFollowUpNoticeDelegate(FollowUps followUps) {
        this.followUps = followUps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        followUps.notifyParticipant(
                followUps.journeyOf(execution.getProcessBusinessKey(), execution.getVariable(Variables.JOURNEY_ID)),
                ((Number) execution.getVariable(Variables.MILESTONE_MONTHS)).intValue(),
                LocalDate.parse((String) execution.getVariable(Variables.ACTIVITY_CREATED_ON)));
    }
}
