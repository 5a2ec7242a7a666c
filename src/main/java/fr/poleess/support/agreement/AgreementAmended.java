package fr.poleess.support.agreement;

/**
 * Published synchronously, inside the transaction of « Avenant au contrat », once the amendment is
 * written: listeners (the amendment's PDF) act in the same transaction.
 */
public record AgreementAmended(Long journeyId, Long agreementId, Long amendmentId, String createdBy) {
}
