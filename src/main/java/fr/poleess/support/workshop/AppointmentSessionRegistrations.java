package fr.poleess.support.workshop;

import java.util.List;

import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.shared.FormRecord;
import fr.poleess.support.shared.Label;

/** The collective sessions ticked in « Rendez-vous individuel », read by this module rather than by the appointment. */
@FormRecord(JourneyProcess.Forms.APPOINTMENT)
public record AppointmentSessionRegistrations(
        @Label(value = "Inscrire à un temps collectif", key = JourneyProcess.AppointmentForm.SESSION_REGISTRATIONS) List<Long> sessionIds) {
}
