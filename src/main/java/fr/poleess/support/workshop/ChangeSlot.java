package fr.poleess.support.workshop;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.poleess.support.shared.Label;

/** What « Déplacer ou annuler le créneau » says: a new date and time for a planned slot, or its cancellation. */
public record ChangeSlot(
        @Label("Que faire du créneau ?") @NotNull(message = "est obligatoire") SlotChange.Kind kind,
        @Label("Nouvelle date") LocalDate newDate,
        @Label("Nouvelle heure") LocalTime newTime,
        @Label("Nouvelle durée (minutes)") @Min(value = 30, message = "30 minutes au moins")
        @Max(value = 480, message = "480 minutes (8 heures) au plus") Integer newDurationMinutes,
        @Label("Motif") @Size(max = 1000, message = "1000 caractères au plus") String reason) {
}
