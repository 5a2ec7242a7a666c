package fr.poleess.support.reception;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The receptions. */
public interface Receptions extends JpaRepository<Reception, Long> {

    Optional<Reception> findByJourneyId(Long journeyId);
}
