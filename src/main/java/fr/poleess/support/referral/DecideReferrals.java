package fr.poleess.support.referral;

import java.util.List;

import jakarta.validation.constraints.Size;

import fr.poleess.support.closure.LegalForm;
import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.shared.FormRecord;
import fr.poleess.support.shared.Label;

/**
 * What the form "Rendez-vous individuel" says about referrals: the project's profile as the advisor
 * sees it now, the partners the participant is put in touch with, and to which of them the participant
 * agreed their contact details go.
 */
@FormRecord(JourneyProcess.Forms.APPOINTMENT)
public record DecideReferrals(
        @Label("Forme juridique envisagée") LegalForm legalFormConsidered,
        @Label("Besoin de financement") FinancingNeed financingNeed,
        @Label("Accès à la banque") BankAccess bankAccess,
        @Label(value = "Mettre en lien avec", key = JourneyProcess.AppointmentForm.PARTNERS) @Size(max = 8, message = "8 mises en lien au plus à la fois") List<Long> partnerIds,
        @Label(value = "Le porteur de projet accepte que ses coordonnées soient transmises à", key = JourneyProcess.AppointmentForm.CONTACT_SHARED) List<Long> contactSharedIds) {

    public DecideReferrals {
        partnerIds = partnerIds == null ? List.of() : List.copyOf(partnerIds);
        contactSharedIds = contactSharedIds == null ? List.of() : List.copyOf(contactSharedIds);
    }
}
