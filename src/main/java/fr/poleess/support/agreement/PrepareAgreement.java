package fr.poleess.support.agreement;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.shared.FormRecord;
import fr.poleess.support.shared.Label;

/** What the form "Préparer le contrat d'accompagnement" records. */
@FormRecord(JourneyProcess.Forms.AGREEMENT_PREPARATION)
public record PrepareAgreement(
        @Label("Début du contrat") @NotNull(message = "est obligatoire") LocalDate agreementStartDate,
        @Label("Durée (mois)") @NotNull(message = "est obligatoire") @Min(value = 3, message = "doit être comprise entre 3 et 24 mois") @Max(value = 24, message = "doit être comprise entre 3 et 24 mois") Integer agreementDurationMonths,
        @Label("Objectifs du parcours") @NotBlank(message = "est obligatoire") @Size(min = 10, max = 4000, message = "10 à 4\u00a0000 caractères") String agreementObjectives,
        @Label("Temps collectifs prévus") List<PlannedActivity> plannedActivities,
        @Label("Ateliers envisagés") @Size(max = 4000, message = "4\u00a0000 caractères au plus") String plannedWorkshops) {
}
