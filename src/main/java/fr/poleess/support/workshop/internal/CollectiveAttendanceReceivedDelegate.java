package fr.poleess.support.workshop.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import fr.poleess.support.journey.JourneyInstances;
import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.workshop.AttendanceRecording;

/**
 * « Prendre en compte la présence » ({@code Task_TakeAttendanceIntoAccount}) in the journey: whether the
 * attendance just received makes two unexcused absences in a row.
 */
@Component(JourneyProcess.Beans.COLLECTIVE_ATTENDANCE_RECEIVED)
class CollectiveAttendanceReceivedDelegate implements JavaDelegate {

    private final AttendanceRecording recording;

    private final JourneyInstances journeyInstances;

    CollectiveAttendanceReceivedDelegate(AttendanceRecording recording, JourneyInstances journeyInstances) {
        this.journeyInstances = journeyInstances;
        this.recording = recording;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariableLocal(JourneyProcess.Variables.REPEATED_ABSENCES,
                recording.repeatedUnexcusedAbsences(journeyInstances.journeyId(execution)));
    }
}
