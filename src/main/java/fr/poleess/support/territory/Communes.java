package fr.poleess.support.territory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The communes of Côte-d'Or. Matching what a person typed is {@link CommuneMatching}'s job. */
public interface Communes extends JpaRepository<Commune, Long> {

    List<Commune> findBySearchNameOrderByPostalCode(String searchName);
}
