package fr.poleess.support.workshop;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.poleess.support.shared.FormRecord;
import fr.poleess.support.shared.Label;
import fr.poleess.support.workshop.CollectiveSessionProcess.SlotChangeForm;

/** What « Déplacer ou annuler le créneau » says: a new date and time for a planned slot, or its cancellation. */
@FormRecord(CollectiveSessionProcess.Forms.SLOT_CHANGE)
public record ChangeSlot(
        @Label(value = "Que faire du créneau ?", key = SlotChangeForm.CHANGE) @NotNull(message = "est obligatoire") SlotChange.Kind kind,
        @Label(value = "Nouvelle date", key = SlotChangeForm.NEW_DATE) LocalDate newDate,
        @Label(value = "Nouvelle heure", key = SlotChangeForm.NEW_TIME) LocalTime newTime,
        @Label(value = "Nouvelle durée (minutes)", key = SlotChangeForm.NEW_DURATION)
        @Min(value = 30, message = "30 minutes au moins")
        @Max(value = 480, message = "480 minutes (8 heures) au plus") Integer newDurationMinutes,
        @Label(value = "Motif (lu par les inscrits)", key = SlotChangeForm.REASON)
        @Size(max = 1000, message = "1000 caractères au plus") String reason) {
}
