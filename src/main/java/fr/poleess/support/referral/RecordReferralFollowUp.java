package fr.poleess.support.referral;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import fr.poleess.support.shared.FormRecord;
import fr.poleess.support.shared.Label;

/**
 * What the forms "Suivi de la mise en lien" and "Dernier point sur la mise en lien" record.
 *
 * @param referralAnswer {@code HELD}, {@code NOT_HELD} or (first follow-up only) {@code UNKNOWN}
 */
@FormRecord({ ReferralProcess.Forms.FOLLOW_UP, ReferralProcess.Forms.LAST_CHECK })
public record RecordReferralFollowUp(
        @Label("Le rendez-vous avec le partenaire a-t-il eu lieu ?") @NotNull(message = "est obligatoire") String referralAnswer,
        @Label("Date du rendez-vous avec le partenaire") @PastOrPresent(message = "ne peut pas être dans le futur") LocalDate referralMeetingDate,
        @Label("Ce qui en est ressorti") @Size(max = 4000, message = "4\u00a0000 caractères au plus") String referralOutcome) {
}
