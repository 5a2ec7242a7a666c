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

import fr.poleess.support.shared.FormRecord;
import fr.poleess.support.shared.Label;

/**
 * A person received for the first time, as the start form "Nouvel accueil" or
 * {@code POST /api/journeys} gives them. The same rules apply to both.
 */
@FormRecord(JourneyProcess.Forms.NEW_RECEPTION)
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
        @Label("Le porteur de projet accepte le traitement de ses données pour son accompagnement") @NotNull(message = "est obligatoire") @AssertTrue(message = "le porteur de projet doit accepter le traitement de ses données pour être accompagné") Boolean consentGiven,
        @Label("Prescripteur de l'annuaire") Long referringPartnerId,
        @Label("Le porteur de projet accepte que ce prescripteur soit informé des grandes étapes de son parcours") Boolean referrerFeedbackConsent) {

    /** How the participant came, {@code OTHER} when not said. */
    public CameThrough cameThroughOrDefault() {
        return cameThrough == null ? CameThrough.OTHER : cameThrough;
    }

    /** An empty participant to fill by name: {@code NewParticipant.builder().firstName("Marie")…build()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The same participant, to change some of its values by name. */
    public Builder toBuilder() {
        Builder builder = new Builder();
            builder.firstName = firstName;
            builder.lastName = lastName;
            builder.email = email;
            builder.phone = phone;
            builder.addressLine = addressLine;
            builder.postalCode = postalCode;
            builder.commune = commune;
            builder.birthYear = birthYear;
            builder.gender = gender;
            builder.situation = situation;
            builder.mobilityConstraints = mobilityConstraints;
            builder.cameThrough = cameThrough;
            builder.referringPartnerType = referringPartnerType;
            builder.referringPartnerName = referringPartnerName;
            builder.informationSessionDate = informationSessionDate;
            builder.consentGiven = consentGiven;
            builder.referringPartnerId = referringPartnerId;
            builder.referrerFeedbackConsent = referrerFeedbackConsent;
        return builder;
    }

    /** Builds a {@link NewParticipant} by naming each value: eighteen positional values are easy to swap. */
    public static final class Builder {
        private String firstName;
        private String lastName;
        private String email;
        private String phone;
        private String addressLine;
        private String postalCode;
        private String commune;
        private Integer birthYear;
        private Gender gender;
        private Situation situation;
        private List<MobilityConstraint> mobilityConstraints;
        private CameThrough cameThrough;
        private ReferringPartnerType referringPartnerType;
        private String referringPartnerName;
        private LocalDate informationSessionDate;
        private Boolean consentGiven;
        private Long referringPartnerId;
        private Boolean referrerFeedbackConsent;

        private Builder() {
        }

        public Builder firstName(String firstName) {
            this.firstName = firstName;
            return this;
        }

        public Builder lastName(String lastName) {
            this.lastName = lastName;
            return this;
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        public Builder phone(String phone) {
            this.phone = phone;
            return this;
        }

        public Builder addressLine(String addressLine) {
            this.addressLine = addressLine;
            return this;
        }

        public Builder postalCode(String postalCode) {
            this.postalCode = postalCode;
            return this;
        }

        public Builder commune(String commune) {
            this.commune = commune;
            return this;
        }

        public Builder birthYear(Integer birthYear) {
            this.birthYear = birthYear;
            return this;
        }

        public Builder gender(Gender gender) {
            this.gender = gender;
            return this;
        }

        public Builder situation(Situation situation) {
            this.situation = situation;
            return this;
        }

        public Builder mobilityConstraints(List<MobilityConstraint> mobilityConstraints) {
            this.mobilityConstraints = mobilityConstraints;
            return this;
        }

        public Builder cameThrough(CameThrough cameThrough) {
            this.cameThrough = cameThrough;
            return this;
        }

        public Builder referringPartnerType(ReferringPartnerType referringPartnerType) {
            this.referringPartnerType = referringPartnerType;
            return this;
        }

        public Builder referringPartnerName(String referringPartnerName) {
            this.referringPartnerName = referringPartnerName;
            return this;
        }

        public Builder informationSessionDate(LocalDate informationSessionDate) {
            this.informationSessionDate = informationSessionDate;
            return this;
        }

        public Builder consentGiven(Boolean consentGiven) {
            this.consentGiven = consentGiven;
            return this;
        }

        public Builder referringPartnerId(Long referringPartnerId) {
            this.referringPartnerId = referringPartnerId;
            return this;
        }

        public Builder referrerFeedbackConsent(Boolean referrerFeedbackConsent) {
            this.referrerFeedbackConsent = referrerFeedbackConsent;
            return this;
        }

        public NewParticipant build() {
            return new NewParticipant(firstName, lastName, email, phone, addressLine, postalCode, commune, birthYear,
                    gender, situation, mobilityConstraints, cameThrough, referringPartnerType, referringPartnerName,
                    informationSessionDate, consentGiven, referringPartnerId, referrerFeedbackConsent);
        }
    }
}
