package fr.poleess.support.appointment;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.shared.FormRecord;
import fr.poleess.support.shared.Label;

/** What the form "Rendez-vous individuel" (or the API) says when the booked appointment will not take place as planned. */
@FormRecord(JourneyProcess.Forms.APPOINTMENT)
public record ChangeAppointment(
        @Label(value = "Le rendez-vous prévu", key = JourneyProcess.AppointmentForm.OUTCOME) @NotNull(message = "est obligatoire") AppointmentChange.Kind kind,
        @Label(value = "Nouvelle date", key = JourneyProcess.AppointmentForm.CHANGE_DATE) LocalDate newDate,
        @Label(value = "Nouvelle heure", key = JourneyProcess.AppointmentForm.CHANGE_TIME) LocalTime newTime,
        @Label(value = "Modalité (si elle change)", key = JourneyProcess.AppointmentForm.CHANGE_MODE) AppointmentMode newMode,
        @Label(value = "Lieu ou lien (s'il change)", key = JourneyProcess.AppointmentForm.CHANGE_PLACE) @Size(max = 200, message = "200 caractères au plus") String newPlace,
        @Label(value = "Motif", key = JourneyProcess.AppointmentForm.CHANGE_REASON) @Size(max = 1000, message = "1000 caractères au plus") String reason) {
}
