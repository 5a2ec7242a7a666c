package fr.poleess.support.followup.internal;

import static fr.poleess.support.followup.PostCreationFollowUpProcess.FollowUpForm.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import fr.poleess.support.followup.FollowUps;
import fr.poleess.support.followup.PostCreationFollowUpProcess.Beans;
import fr.poleess.support.followup.PostCreationFollowUpProcess.Variables;
import fr.poleess.support.followup.RecordFollowUp;
import fr.poleess.support.followup.RevenueBand;
import fr.poleess.support.shared.FieldViolation;
import fr.poleess.support.shared.FormValues;
import fr.poleess.support.shared.TaskActors;

/**
 * On completion of "Suivi post-création à N mois" ({@code Task_HoldFollowUp}): records the answers and
 * leaves only the two decisions ({@code activityRunning}, {@code supportRequested}, as booleans) in the process.
 */
@Component(Beans.FOLLOW_UP_RECORDED)
class PostCreationFollowUpRecordedListener implements TaskListener {

    private final FollowUps followUps;

    PostCreationFollowUpRecordedListener(FollowUps followUps) {
        this.followUps = followUps;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = FormValues.of(task.getVariables(), RecordFollowUp.class);
        List<FieldViolation> violations = new ArrayList<>();
        Boolean running = yesNo(task.getVariable(ACTIVITY_RUNNING), violations);
        RecordFollowUp input = new RecordFollowUp(running, form.integer(JOBS),
                form.code(REVENUE_BAND, RevenueBand.class), form.text(HELP_NEEDED),
                Boolean.TRUE.equals(form.bool(SUPPORT_REQUESTED)));
        violations.addAll(form.violations());
        followUps.record(
                followUps.journeyOf(task.getExecution().getProcessBusinessKey(), task.getVariable(Variables.JOURNEY_ID)),
                ((Number) task.getVariable(Variables.MILESTONE_MONTHS)).intValue(),
                LocalDate.parse((String) task.getVariable(Variables.ACTIVITY_CREATED_ON)), input, violations,
                TaskActors.completingUser(task));
        task.getExecution().setVariable(Variables.ACTIVITY_RUNNING, input.activityRunning());
        task.getExecution().setVariable(Variables.SUPPORT_REQUESTED, input.supportRequested());
        task.getExecution().removeVariables(List.of(JOBS, REVENUE_BAND, HELP_NEEDED));
    }

    /** The radio "Activité toujours en cours ?" sends {@code "true"} or {@code "false"}; the REST API may send a boolean. */
    private static Boolean yesNo(Object value, List<FieldViolation> violations) {
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        String text = value.toString().trim();
        if (text.isEmpty()) {
            return null;
        }
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        violations.add(new FieldViolation(ACTIVITY_RUNNING, "Activité toujours en cours",
                "la valeur « " + text + " » n'est pas proposée"));
        return null;
    }
}
