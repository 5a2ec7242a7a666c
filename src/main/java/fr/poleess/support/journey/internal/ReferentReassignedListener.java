package fr.poleess.support.journey.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import fr.poleess.support.journey.JourneyInstances;
import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.journey.JourneyProcess.Variables;
import fr.poleess.support.journey.Journeys;

/**
 * On assignment of a task that goes to the referent: when a manager assigns it to another advisor
 * (in Tasklist), that advisor becomes the journey's referent, so the following tasks go to them too
 * and the journey's record names the right person.
 */
@Component(JourneyProcess.Beans.REFERENT_REASSIGNED)
class ReferentReassignedListener implements TaskListener {

    private final Journeys journeys;

    private final JourneyInstances journeyInstances;

    ReferentReassignedListener(Journeys journeys, JourneyInstances journeyInstances) {
        this.journeyInstances = journeyInstances;
        this.journeys = journeys;
    }

    @Override
    public void notify(DelegateTask task) {
        String assignee = task.getAssignee();
        if (assignee == null || assignee.equals(task.getVariable(Variables.REFERENT_ADVISOR))) {
            return;
        }
        Long journeyId = journeyInstances.journeyId(task);
        journeys.require(journeyId).reassign(assignee);
        task.getExecution().setVariable(Variables.REFERENT_ADVISOR, assignee);
    }
}
