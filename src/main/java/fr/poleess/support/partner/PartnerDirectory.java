package fr.poleess.support.partner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.shared.FieldViolation;
import fr.poleess.support.shared.InputValidation;
import fr.poleess.support.shared.NotFoundException;
import fr.poleess.support.territory.Territories;

/** Maintains the directory; who may do so is the caller's concern (managers, see the API). */
@Service
public class PartnerDirectory {

    private final Partners partners;
    private final Territories territories;
    private final InputValidation validation;

    PartnerDirectory(Partners partners, Territories territories, InputValidation validation) {
        this.partners = partners;
        this.territories = territories;
        this.validation = validation;
    }

    @Transactional
    public Partner create(PartnerInput input) {
        List<FieldViolation> violations = crossFieldViolations(input);
        if (input.name() != null && partners.existsByNameIgnoreCase(input.name().strip())) {
            violations.add(new FieldViolation("name", "Nom de l'organisme", "un partenaire porte déjà ce nom"));
        }
        validation.check(input, violations);
        return partners.save(new Partner(input));
    }

    @Transactional
    public Partner update(Long id, PartnerInput input) {
        Partner partner = require(id);
        List<FieldViolation> violations = crossFieldViolations(input);
        if (input.name() != null && !input.name().strip().equalsIgnoreCase(partner.getName())
                && partners.existsByNameIgnoreCase(input.name().strip())) {
            violations.add(new FieldViolation("name", "Nom de l'organisme", "un partenaire porte déjà ce nom"));
        }
        validation.check(input, violations);
        partner.update(input);
        return partner;
    }

    /** Takes a partner out of the directory's proposals; past referrals and journeys keep it. */
    @Transactional
    public void withdraw(Long id) {
        require(id).withdraw();
    }

    /**
     * The directory by name, filtered by type, kind and territory served when given; withdrawn partners
     * only with {@code includeWithdrawn}.
     */
    @Transactional(readOnly = true)
    public List<Partner> search(PartnerType type, PartnerKind kind, String territory, boolean includeWithdrawn) {
        return partners.findAllByOrderByName().stream()
                .filter(p -> includeWithdrawn || p.isActive())
                .filter(p -> type == null || p.getType() == type)
                .filter(p -> kind == null || p.getKind() == kind)
                .filter(p -> territory == null || p.serves(territory))
                .toList();
    }

    @Transactional(readOnly = true)
    public Partner require(Long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Aucun partenaire n° " + id + " dans l'annuaire."));
    }

    @Transactional(readOnly = true)
    public Optional<Partner> find(Long id) {
        return id == null ? Optional.empty() : partners.findById(id);
    }

    /**
     * Checks that a participant can be said to come from this partner: it exists, is active and is a
     * referring partner. Used when a journey is opened.
     *
     * @return the French reason it cannot, or empty when it can
     */
    @Transactional(readOnly = true)
    public Optional<String> whyNotReferringPartner(Long id) {
        Optional<Partner> partner = find(id);
        if (partner.isEmpty()) {
            return Optional.of("aucun partenaire n° " + id + " dans l'annuaire");
        }
        if (!partner.get().isActive()) {
            return Optional.of("« " + partner.get().getName() + " » a été retiré de l'annuaire");
        }
        if (partner.get().getType() != PartnerType.REFERRING_PARTNER) {
            return Optional.of("« " + partner.get().getName() + " » n'est pas un prescripteur de l'annuaire");
        }
        return Optional.empty();
    }

    /**
     * The active referring partner of that name, ignoring case, accents and punctuation: the start
     * form "Nouvel accueil" cannot list the directory, so the advisor types the name shown in it.
     */
    @Transactional(readOnly = true)
    public Optional<Partner> findReferringPartnerByName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = normalised(name);
        return partners.findAllByOrderByName().stream()
                .filter(p -> p.isActive() && p.getType() == PartnerType.REFERRING_PARTNER)
                .filter(p -> normalised(p.getName()).equals(wanted))
                .findFirst();
    }

    private static String normalised(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    private List<FieldViolation> crossFieldViolations(PartnerInput input) {
        List<FieldViolation> violations = new ArrayList<>();
        if (input.territories() != null) {
            for (String code : input.territories()) {
                if (code == null || !territories.existsById(code)) {
                    violations.add(new FieldViolation("territories", "Territoires desservis",
                            "le territoire « " + code + " » n'existe pas (codes : BEA, CHA, DIJ)"));
                    break;
                }
            }
        }
        if (blank(input.contactEmail()) && blank(input.contactPhone())) {
            violations.add(new FieldViolation("contactEmail", "Adresse e-mail du contact",
                    "indiquez au moins une adresse e-mail ou un téléphone pour joindre le partenaire"));
        }
        return violations;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
