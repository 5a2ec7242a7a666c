package fr.poleess.support.followup;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.poleess.support.shared.FormRecord;
import fr.poleess.support.shared.Label;

/** What the form "Suivi post-création" records. */
@FormRecord(PostCreationFollowUpProcess.Forms.FOLLOW_UP)
public record RecordFollowUp(
        @Label("L'activité est-elle toujours en cours ?") @NotNull(message = "est obligatoire") Boolean activityRunning,
        @Label("Emplois") @Min(value = 0, message = "ne peut pas être négatif") @Max(value = 500, message = "500 au plus") Integer jobs,
        @Label("Chiffre d'affaires annuel") RevenueBand revenueBand,
        @Label("Besoins d'aide exprimés") @Size(max = 4000, message = "4\u00a0000 caractères au plus") String helpNeeded,
        @Label("Souhaite être accompagné·e de nouveau") boolean supportRequested) {
}
