package fr.poleess.support.workshop.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import fr.poleess.support.workshop.AttendanceRecording;
import fr.poleess.support.workshop.CollectiveSessionProcess;

/**
 * When « Saisir l'émargement » ({@code Task_RecordAttendance}) is created: the options of its checklists
 * and the sign-in sheet link, as task-local variables (JSON, which form-js reads as option lists).
 */
@Component(CollectiveSessionProcess.Beans.ATTENDANCE_FORM)
class AttendanceFormListener implements TaskListener {

    private final AttendanceRecording recording;

    AttendanceFormListener(AttendanceRecording recording) {
        this.recording = recording;
    }

    @Override
    public void notify(DelegateTask task) {
        recording.formData(OpenRegistrationsDelegate.sessionId(task), OpenRegistrationsDelegate.slotId(task))
                .forEach((key, value) -> task.setVariableLocal(key, value instanceof java.util.List<?>
                        ? Variables.objectValue(value).serializationDataFormat(Variables.SerializationDataFormats.JSON).create()
                        : value));
    }
}
