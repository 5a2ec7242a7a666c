package fr.poleess.support.workshop;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.poleess.support.shared.FormRecord;
import fr.poleess.support.shared.Label;

/**
 * A session to plan, as {@code POST /api/sessions} or the Tasklist form "Planifier le temps collectif"
 * give it. The same rules apply to both ({@link SessionPlanning}).
 */
@FormRecord(CollectiveSessionProcess.Forms.PLANNING)
public record PlanSession(
        @Label(value = "Type de temps collectif", key = CollectiveSessionProcess.PlanningForm.KIND) @NotNull(message = "est obligatoire") SessionKind kind,
        @Label(value = "Titre", key = CollectiveSessionProcess.PlanningForm.TITLE) @NotBlank(message = "est obligatoire") @Size(max = 160, message = "160 caractères au plus") String title,
        @Label(value = "Thème, contenu", key = CollectiveSessionProcess.PlanningForm.THEME) @Size(max = 400, message = "400 caractères au plus") String theme,
        @Label(value = "Territoire", key = CollectiveSessionProcess.PlanningForm.TERRITORY) @NotBlank(message = "est obligatoire") String territoryCode,
        @Label(value = "Lieu", key = CollectiveSessionProcess.PlanningForm.PLACE_KIND) @NotNull(message = "est obligatoire") PlaceKind placeKind,
        @Label(value = "Permanence", key = CollectiveSessionProcess.PlanningForm.OUTREACH_DESK) Long outreachDeskId,
        @Label(value = "Adresse de la salle ou lien de visio", key = CollectiveSessionProcess.PlanningForm.PLACE_DETAIL) @Size(max = 300, message = "300 caractères au plus") String placeDetail,
        @Label(value = "Conseillers animateurs", key = CollectiveSessionProcess.PlanningForm.FACILITATOR_ADVISORS) List<String> facilitatorAdvisors,
        @Label(value = "Intervenants partenaires", key = CollectiveSessionProcess.PlanningForm.PARTNER_FACILITATORS) @Size(max = 300, message = "300 caractères au plus") String partnerFacilitators,
        @Label(value = "Nombre de places", key = CollectiveSessionProcess.PlanningForm.CAPACITY) @NotNull(message = "est obligatoire") @Min(value = 1, message = "doit être compris entre 1 et 200") @Max(value = 200, message = "doit être compris entre 1 et 200") Integer capacity,
        @Label("Créneaux") @NotEmpty(message = "indiquez au moins un créneau") @Size(max = 10, message = "10 créneaux au plus") List<@Valid Slot> slots) {

    /**
     * One slot: its start (Paris local time) and duration.
     */
    public record Slot(
            @Label("Début du créneau") @NotNull(message = "est obligatoire") LocalDateTime startsAt,
            @Label("Durée du créneau (minutes)") @NotNull(message = "est obligatoire") @Min(value = 30, message = "doit être comprise entre 30 et 480 minutes") @Max(value = 480, message = "doit être comprise entre 30 et 480 minutes") Integer durationMinutes) {
    }
}
