package fr.poleess.support.workshop.internal;

import static fr.poleess.support.workshop.CollectiveSessionProcess.AttendanceForm.*;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import fr.poleess.support.shared.FieldViolation;
import fr.poleess.support.shared.FormValues;
import fr.poleess.support.shared.InvalidInputException;
import fr.poleess.support.shared.TaskActors;
import fr.poleess.support.workshop.AttendanceRecording;
import fr.poleess.support.workshop.CollectiveSessionProcess;
import fr.poleess.support.workshop.CollectiveSessionProcess.Variables;

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
        FormValues values = FormValues.of(task.getVariables());
        List<Long> present = values.ids(PRESENT, "Présents");
        List<Long> excused = values.ids(EXCUSED, "Absents excusés");
        List<Long> continuing = values.ids(CONTINUING, "Prospects qui poursuivent");
        List<FieldViolation> violations = new ArrayList<>(values.violations());
        if (!Boolean.TRUE.equals(task.getVariable(CONFIRMED))) {
            violations.add(new FieldViolation(CONFIRMED, "Feuille d'émargement",
                    "confirmez que la saisie reprend la feuille signée"));
        }
        if (!violations.isEmpty() && violations.stream().anyMatch(v -> v.field().equals(CONFIRMED))) {
            throw new InvalidInputException(violations);
        }
        List<Long> goingOn = recording.record(OpenRegistrationsDelegate.sessionId(task),
                OpenRegistrationsDelegate.slotId(task), present, excused, continuing, violations,
                TaskActors.completingUser(task));
        if (!goingOn.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object> all = new ArrayList<>((List<Object>) task.getVariable(Variables.CONTINUING_PROSPECTS));
            all.addAll(goingOn);
            task.getExecution().setVariable(Variables.CONTINUING_PROSPECTS, all);
        }
        task.getExecution().removeVariables(List.of(PRESENT, EXCUSED, CONTINUING, CONFIRMED));
    }
}
