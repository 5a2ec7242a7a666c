package fr.poleess.support.closure;

import org.springframework.data.jpa.repository.JpaRepository;

/** The outcomes, keyed by journey id. */
public interface Outcomes extends JpaRepository<Outcome, Long> {
}
