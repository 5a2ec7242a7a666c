package fr.poleess.support.agreement;

import java.time.LocalDate;

/** Published synchronously, inside the transaction of "Signature du contrat", once the journey's agreement is signed. */
public record AgreementSigned(Long journeyId, LocalDate signedOn) {
}
