package fr.poleess.support.agreement;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.shared.FormRecord;
import fr.poleess.support.shared.Label;

/** What the form "Avenant au contrat" records. */
@FormRecord(JourneyProcess.Forms.AGREEMENT_AMENDMENT)
public record AmendAgreement(
        @Label("Prolongation (mois)") @NotNull(message = "est obligatoire") @Min(value = 1, message = "doit être d'au moins 1 mois") @Max(value = 21, message = "ne peut pas dépasser 21 mois") Integer extensionMonths,
        @Label("Motif de l'avenant") @NotBlank(message = "est obligatoire") @Size(min = 10, max = 4000, message = "10 à 4\u00a0000 caractères") String amendmentReason) {
}
