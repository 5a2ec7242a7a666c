package fr.poleess.support.partner;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.poleess.support.shared.Label;

/** A partner as a manager creates or changes it through {@code /api/partners}. */
public record PartnerInput(
        @Label("Nom de l'organisme") @NotBlank(message = "est obligatoire") @Size(max = 160, message = "160 caractères au plus") String name,
        @Label("Type de partenaire") @NotNull(message = "est obligatoire") PartnerType type,
        @Label("Catégorie") @NotNull(message = "est obligatoire") PartnerKind kind,
        @Label("Territoires desservis") @NotEmpty(message = "indiquez au moins un territoire") List<String> territories,
        @Label("Fonction du contact") @NotBlank(message = "est obligatoire (une fonction, pas le nom d'une personne)") @Size(max = 120, message = "120 caractères au plus") String contactFunction,
        @Label("Adresse e-mail du contact") @Email(message = "n'est pas une adresse électronique valide") @Size(max = 254, message = "254 caractères au plus") String contactEmail,
        @Label("Téléphone du contact") @Pattern(regexp = "^(?:(?:\\+|00)33[ .-]?|0)[1-9](?:[ .-]?[0-9]{2}){4}$", message = "n'est pas un numéro de téléphone français valide (ex. 03 80 12 34 56)") String contactPhone,
        @Label("Adresse") @Size(max = 200, message = "200 caractères au plus") String addressLine,
        @Label("Code postal") @Pattern(regexp = "^[0-9]{5}$", message = "doit comporter 5 chiffres") String postalCode,
        @Label("Commune") @Size(max = 80, message = "80 caractères au plus") String city,
        @Label("Permanences près de nos territoires") @Size(max = 500, message = "500 caractères au plus") String officeHours,
        @Label("À apporter au rendez-vous") @Size(max = 1000, message = "1\u00a0000 caractères au plus") String whatToBring) {
}
