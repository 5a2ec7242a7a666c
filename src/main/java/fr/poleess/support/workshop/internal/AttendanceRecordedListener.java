package fr.poleess.support.workshop.internal;

import static fr.poleess.support.workshop.CollectiveSessionProcess.AttendanceForm.*;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import fr.poleess.support.shared.FormValues;
import fr.poleess.support.shared.TaskActors;
import fr.poleess.support.workshop.AttendanceRecording;
import fr.poleess.support.workshop.CollectiveSessionProcess;
import fr.poleess.support.workshop.CollectiveSessionProcess.Variables;
import fr.poleess.support.workshop.RecordAttendance;

/**
 * On completion of « Saisir l'émargement » ({@code Task_RecordAttendance}): records the slot's attendance
 * and adds the prospects who go on to the list « Ouvrir le parcours du prospect » runs over.
 */
@Component(CollectiveSessionProcess.Beans.ATTENDANCE_RECORDED)
class AttendanceRecordedListener implements TaskListener {

    private final AttendanceRecording recording;

    AttendanceRecordedListener(AttendanceRecording recording) {
        this.recording = recording;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues values = FormValues.of(task.getVariables(), RecordAttendance.class);
        RecordAttendance input = new RecordAttendance(values.ids(PRESENT), values.ids(EXCUSED), values.ids(CONTINUING),
                task.getVariable(CONFIRMED) instanceof Boolean confirmed ? confirmed : null);
        List<Long> goingOn = recording.record(OpenRegistrationsDelegate.sessionId(task),
                OpenRegistrationsDelegate.slotId(task), input, values.violations(), TaskActors.completingUser(task));
        if (!goingOn.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object> all = new ArrayList<>((List<Object>) task.getVariable(Variables.CONTINUING_PROSPECTS));
            all.addAll(goingOn);
            task.getExecution().setVariable(Variables.CONTINUING_PROSPECTS, all);
        }
        task.getExecution().removeVariables(List.of(PRESENT, EXCUSED, CONTINUING, CONFIRMED));
    }
}
