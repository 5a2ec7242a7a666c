package fr.poleess.support.territory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The known communes. */
public interface Communes extends JpaRepository<Commune, Long> {

    List<Commune> findBySearchNameOrderByPostalCode(String searchName);

    /** The commune of that name, preferring the one with that postal code when several share the name. */
    default Optional<Commune> findByName(String name, String postalCode) {
        List<Commune> candidates = findBySearchNameOrderByPostalCode(CommuneNames.searchName(name));
        return candidates.stream()
                .filter(c -> postalCode != null && postalCode.equals(c.getPostalCode()))
                .findFirst()
                .or(() -> candidates.stream().findFirst());
    }
}
