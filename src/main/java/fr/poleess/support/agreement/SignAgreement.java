package fr.poleess.support.agreement;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.shared.FormRecord;
import fr.poleess.support.shared.Label;

/** What the form "Signature du contrat" records. */
@FormRecord(JourneyProcess.Forms.AGREEMENT_SIGNATURE)
public record SignAgreement(
        @Label("Date de signature") @NotNull(message = "est obligatoire") @PastOrPresent(message = "ne peut pas être dans le futur") LocalDate agreementSignedOn,
        @Label("Le contrat a été signé par le porteur de projet et par le conseiller") @NotNull(message = "est obligatoire") @AssertTrue(message = "confirmez que le contrat a été signé par les deux parties") Boolean signatureConfirmed) {
}
