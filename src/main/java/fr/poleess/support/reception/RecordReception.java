package fr.poleess.support.reception;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.shared.FormRecord;
import fr.poleess.support.shared.Label;

/** What the form "Accueil" records. */
@FormRecord(JourneyProcess.Forms.RECEPTION)
public record RecordReception(
        @Label("Date de l'accueil") @NotNull(message = "est obligatoire") @PastOrPresent(message = "ne peut pas être dans le futur") LocalDate receptionDate,
        @Label("Modalité de l'accueil") @NotNull(message = "est obligatoire") ReceptionMode receptionMode,
        @Label("Projet en quelques mots") @NotBlank(message = "est obligatoire") @Size(min = 10, max = 4000, message = "10 à 4\u00a0000 caractères") String projectSummary,
        @Label("Secteur d'activité") @NotNull(message = "est obligatoire") ProjectSector projectSector,
        @Label("Besoins exprimés") @Size(max = 4000, message = "4\u00a0000 caractères au plus") String needs,
        @Label("Suite de l'accueil") @NotNull(message = "est obligatoire") ReceptionDecision receptionDecision,
        @Label("Réorienté·e vers") @Size(max = 200, message = "200 caractères au plus") String redirectedTo,
        @Label("Commentaire") @Size(max = 4000, message = "4\u00a0000 caractères au plus") String receptionComment) {
}
