package fr.poleess.support.journey;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import fr.poleess.support.shared.Label;

/**
 * A person received for the first time, as the start form "Nouvel accueil" or
 * {@code POST /api/journeys} gives them. The same rules apply to both.
 */
public record NewParticipant(
        @Label("Prénom") @NotBlank(message = "est obligatoire") @Size(max = 80, message = "80 caractères au plus") String firstName,
        @Label("Nom") @NotBlank(message = "est obligatoire") @Size(max = 80, message = "80 caractères au plus") String lastName,
        @Label("Adresse e-mail") @Email(message = "n'est pas une adresse électronique valide") @Size(max = 254, message = "254 caractères au plus") String email,
        @Label("Téléphone") @Pattern(regexp = "^(?:(?:\\+|00)33[ .-]?|0)[1-9](?:[ .-]?[0-9]{2}){4}$", message = "n'est pas un numéro de téléphone français valide (ex. 06 12 34 56 78)") String phone,
        @Label("Adresse") @Size(max = 200, message = "200 caractères au plus") String addressLine,
        @Label("Code postal") @Pattern(regexp = "^[0-9]{5}$", message = "doit comporter 5 chiffres") String postalCode,
        @Label("Commune") @Size(max = 80, message = "80 caractères au plus") String commune,
        @Label("Année de naissance") @NotNull(message = "est obligatoire") @Min(value = 1930, message = "doit être comprise entre 1930 et 2015") @Max(value = 2015, message = "doit être comprise entre 1930 et 2015") Integer birthYear,
        @Label("Genre") @NotNull(message = "est obligatoire") Gender gender,
        @Label("Situation actuelle") @NotNull(message = "est obligatoire") Situation situation,
        @Label("Contraintes de mobilité") List<MobilityConstraint> mobilityConstraints,
        @Label("Origine de la demande") CameThrough cameThrough,
        @Label("Type de prescripteur") ReferringPartnerType referringPartnerType,
        @Label("Prescripteur") @Size(max = 120, message = "120 caractères au plus") String referringPartnerName,
        @Label("Date de l'information collective") @PastOrPresent(message = "ne peut pas être dans le futur") LocalDate informationSessionDate,
        @Label("Consentement") @NotNull(message = "est obligatoire") @AssertTrue(message = "le porteur de projet doit accepter le traitement de ses données pour être accompagné") Boolean consentGiven,
        @Label("Prescripteur de l'annuaire") Long referringPartnerId,
        @Label("Accord pour informer le prescripteur") Boolean referrerFeedbackConsent) {

    /** Without a referring partner from the directory (callers that predate it). */
    public NewParticipant(String firstName, String lastName, String email, String phone, String addressLine,
            String postalCode, String commune, Integer birthYear, Gender gender, Situation situation,
            List<MobilityConstraint> mobilityConstraints, CameThrough cameThrough,
            ReferringPartnerType referringPartnerType, String referringPartnerName, LocalDate informationSessionDate,
            Boolean consentGiven) {
        this(firstName, lastName, email, phone, addressLine, postalCode, commune, birthYear, gender, situation,
                mobilityConstraints, cameThrough, referringPartnerType, referringPartnerName, informationSessionDate,
                consentGiven, null, null);
    }

    /** How the participant came, {@code OTHER} when not said. */
    public CameThrough cameThroughOrDefault() {
        return cameThrough == null ? CameThrough.OTHER : cameThrough;
    }
}
