package fr.poleess.support.appointment;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.poleess.support.shared.Label;

/** What the form "Rendez-vous individuel" (or the API) says when the booked appointment will not take place as planned. */
public record ChangeAppointment(
        @Label("Que s'est-il passé ?") @NotNull(message = "est obligatoire") AppointmentChange.Kind kind,
        @Label("Nouvelle date") LocalDate newDate,
        @Label("Nouvelle heure") LocalTime newTime,
        @Label("Modalité") AppointmentMode newMode,
        @Label("Lieu ou lien") @Size(max = 200, message = "200 caractères au plus") String newPlace,
        @Label("Motif") @Size(max = 1000, message = "1000 caractères au plus") String reason) {
}
