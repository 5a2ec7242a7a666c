package fr.poleess.support.workshop;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import fr.poleess.support.journey.Gender;
import fr.poleess.support.journey.Situation;
import fr.poleess.support.shared.FormRecord;
import fr.poleess.support.shared.Label;
import fr.poleess.support.workshop.CollectiveSessionProcess.ProspectJourneyForm;

/**
 * What « Ouvrir le parcours du prospect » says. The details are asked only when the journey is opened; the journey's
 * own rules ({@code NewParticipant}) then apply to them.
 */
@FormRecord(CollectiveSessionProcess.Forms.PROSPECT_JOURNEY)
public record OpenProspectJourney(
        @Label(value = "Suite", key = ProspectJourneyForm.DECISION) @NotNull(message = "est obligatoire") ProspectDecision decision,
        @Label(value = "Année de naissance", key = ProspectJourneyForm.BIRTH_YEAR)
        @Min(value = 1930, message = "doit être comprise entre 1930 et 2015")
        @Max(value = 2015, message = "doit être comprise entre 1930 et 2015") Integer birthYear,
        @Label(value = "Genre", key = ProspectJourneyForm.GENDER) Gender gender,
        @Label(value = "Situation actuelle", key = ProspectJourneyForm.SITUATION) Situation situation,
        @Label(value = "Code postal", key = ProspectJourneyForm.POSTAL_CODE) String postalCode,
        @Label(value = "La personne accepte le traitement de ses données pour être accompagnée", key = ProspectJourneyForm.CONSENT) Boolean consentGiven) {
}
