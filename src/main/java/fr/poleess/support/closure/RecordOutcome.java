package fr.poleess.support.closure;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.shared.FormRecord;
import fr.poleess.support.shared.Label;

/** What the form "Bilan de fin de parcours" records. */
@FormRecord(JourneyProcess.Forms.FINAL_REVIEW)
public record RecordOutcome(
        @Label("Sortie") @NotNull(message = "est obligatoire") OutcomeKind outcomeKind,
        @Label("Date de sortie") @NotNull(message = "est obligatoire") @PastOrPresent(message = "ne peut pas être dans le futur") LocalDate outcomeDate,
        @Label("Synthèse du parcours") @NotBlank(message = "est obligatoire") @Size(min = 10, max = 4000, message = "10 à 4\u00a0000 caractères") String pathSummary,
        @Label("Forme juridique") LegalForm legalForm,
        @Label("Date de création de l'activité") LocalDate activityCreatedOn,
        @Label("SIRET") @Pattern(regexp = "^[0-9]{14}$", message = "doit comporter 14 chiffres") String siret,
        @Label("Emplois créés") @Min(value = 0, message = "ne peut pas être négatif") @Max(value = 500, message = "500 au plus") Integer jobsCreated,
        @Label("Réorienté·e vers") @Size(max = 200, message = "200 caractères au plus") String outcomeRedirectedTo,
        @Label("Commentaire") @Size(max = 4000, message = "4\u00a0000 caractères au plus") String outcomeComment) {
}
