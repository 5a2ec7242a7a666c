package fr.poleess.support.territory;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The territories, looked up by code or by the Camunda group of their advisors. */
public interface Territories extends JpaRepository<Territory, String> {

    List<Territory> findByAdvisorsGroupIn(Collection<String> advisorsGroups);

    List<Territory> findAllByOrderByCode();

    /** The Camunda group of the territory's advisors: the candidate group of its tasks. */
    default String advisorsGroupOf(String territoryCode) {
        return findById(territoryCode).map(Territory::getAdvisorsGroup)
                .orElseThrow(() -> new IllegalStateException("Unknown territory " + territoryCode));
    }
}
