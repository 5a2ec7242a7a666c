package fr.poleess.support.workshop.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import fr.poleess.support.workshop.AttendanceRecording;
import fr.poleess.support.workshop.CollectiveSessionProcess;

/** « Transmettre la présence aux parcours » ({@code Task_SendAttendanceToJourneys}). */
@Component(CollectiveSessionProcess.Beans.SEND_ATTENDANCE)
class SendAttendanceToJourneysDelegate implements JavaDelegate {

    private final AttendanceRecording recording;

    SendAttendanceToJourneysDelegate(AttendanceRecording recording) {
        this.recording = recording;
    }

    @Override
    public void execute(DelegateExecution execution) {
        recording.sendToJourneys(OpenRegistrationsDelegate.sessionId(execution), OpenRegistrationsDelegate.slotId(execution));
    }
}
