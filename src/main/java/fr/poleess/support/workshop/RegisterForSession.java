package fr.poleess.support.workshop;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.poleess.support.shared.Label;

/**
 * Who to register: a participant by their journey's reference, or a prospect (information sessions
 * only) by name, commune and one contact.
 */
public record RegisterForSession(
        @Label("Référence du parcours") @Size(max = 20, message = "20 caractères au plus") String journeyReference,
        @Label("Prospect") @Valid Prospect prospect) {

    public record Prospect(
            @Label("Prénom") @NotBlank(message = "est obligatoire") @Size(max = 80, message = "80 caractères au plus") String firstName,
            @Label("Nom") @NotBlank(message = "est obligatoire") @Size(max = 80, message = "80 caractères au plus") String lastName,
            @Label("Commune") @NotBlank(message = "est obligatoire") @Size(max = 80, message = "80 caractères au plus") String commune,
            @Label("Adresse e-mail") @Email(message = "n'est pas une adresse électronique valide") @Size(max = 254, message = "254 caractères au plus") String email,
            @Label("Téléphone") @Pattern(regexp = "^(?:(?:\\+|00)33[ .-]?|0)[1-9](?:[ .-]?[0-9]{2}){4}$", message = "n'est pas un numéro de téléphone français valide (ex. 06 12 34 56 78)") String phone) {

        public String displayName() {
            return firstName + " " + lastName.toUpperCase(java.util.Locale.FRENCH);
        }
    }
}
