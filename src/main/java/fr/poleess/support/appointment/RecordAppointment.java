package fr.poleess.support.appointment;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.shared.FormRecord;
import fr.poleess.support.shared.Label;

/** What the form "Rendez-vous individuel" records. */
@FormRecord(JourneyProcess.Forms.APPOINTMENT)
public record RecordAppointment(
        @Label("Date du rendez-vous") @NotNull(message = "est obligatoire") @PastOrPresent(message = "ne peut pas être dans le futur : on enregistre un rendez-vous qui a eu lieu") LocalDate appointmentDate,
        @Label("Heure") @NotNull(message = "est obligatoire") LocalTime appointmentTime,
        @Label("Durée (minutes)") @NotNull(message = "est obligatoire") @Min(value = 15, message = "doit être comprise entre 15 et 480 minutes") @Max(value = 480, message = "doit être comprise entre 15 et 480 minutes") Integer appointmentDurationMinutes,
        @Label("Modalité") @NotNull(message = "est obligatoire") AppointmentMode appointmentMode,
        @Label("Lieu") @Size(max = 200, message = "200 caractères au plus") String appointmentPlace,
        @Label("Étapes franchies depuis le dernier rendez-vous") @Size(max = 4000, message = "4\u00a0000 caractères au plus") String stepsDone,
        @Label("Contenu de l'échange") @Size(min = 10, max = 4000, message = "10 à 4\u00a0000 caractères") String appointmentNotes,
        @Label("Prochaines étapes") @Size(max = 4000, message = "4\u00a0000 caractères au plus") String nextSteps,
        @Label("Date du prochain rendez-vous") LocalDate nextAppointmentDate,
        @Label("Heure du prochain rendez-vous") LocalTime nextAppointmentTime,
        @Label("Modalité du prochain rendez-vous") AppointmentMode nextAppointmentMode,
        @Label("Lieu ou lien du prochain rendez-vous") @Size(max = 200, message = "200 caractères au plus") String nextAppointmentPlace) {

    /** The next appointment as booked, or {@literal null} when none was. */
    public java.time.LocalDateTime nextAppointmentAt() {
        return nextAppointmentDate == null || nextAppointmentTime == null ? null
                : nextAppointmentDate.atTime(nextAppointmentTime);
    }
}
