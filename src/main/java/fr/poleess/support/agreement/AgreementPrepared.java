package fr.poleess.support.agreement;

/**
 * Published synchronously, inside the transaction of « Préparer le contrat », once the agreement is
 * written: listeners (the agreement's PDF) act in the same transaction.
 */
public record AgreementPrepared(Long journeyId, Long agreementId, String preparedBy) {
}
