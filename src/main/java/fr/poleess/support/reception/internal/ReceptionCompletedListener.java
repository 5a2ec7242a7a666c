package fr.poleess.support.reception.internal;

import static fr.poleess.support.journey.JourneyProcess.ReceptionForm.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import fr.poleess.support.journey.JourneyInstances;
import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.journey.JourneyProcess.Variables;
import fr.poleess.support.reception.ProjectSector;
import fr.poleess.support.reception.ReceptionDecision;
import fr.poleess.support.reception.ReceptionMode;
import fr.poleess.support.reception.ReceptionRecording;
import fr.poleess.support.reception.RecordReception;
import fr.poleess.support.shared.FormValues;
import fr.poleess.support.shared.TaskActors;

/**
 * On completion of "Accueil" ({@code Task_HoldReception}): records the reception, or refuses the
 * completion with a French message naming each bad field (Tasklist shows it; nothing is written).
 * The advisor who completes it becomes the referent, to whom later tasks are assigned.
 */
@Component(JourneyProcess.Beans.RECEPTION_COMPLETED)
class ReceptionCompletedListener implements TaskListener {

    private final ReceptionRecording recording;

    private final JourneyInstances journeyInstances;

    ReceptionCompletedListener(ReceptionRecording recording, JourneyInstances journeyInstances) {
        this.journeyInstances = journeyInstances;
        this.recording = recording;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = FormValues.of(task.getVariables(), RecordReception.class);
        RecordReception input = new RecordReception(form.date(DATE),
                form.code(MODE, ReceptionMode.class), form.text(PROJECT_SUMMARY),
                form.code(PROJECT_SECTOR, ProjectSector.class), form.text(NEEDS),
                form.code(DECISION, ReceptionDecision.class), form.text(REDIRECTED_TO),
                form.text(COMMENT));
        String advisor = TaskActors.completingUser(task);
        recording.record(journeyInstances.journeyId(task), input, form.violations(), advisor);
        task.getExecution().removeVariables(List.of(DATE, MODE, PROJECT_SUMMARY, PROJECT_SECTOR, NEEDS, REDIRECTED_TO,
                COMMENT));
        task.getExecution().setVariable(Variables.REFERENT_ADVISOR, advisor);
    }

}
