package fr.poleess.support.journey;

import org.springframework.data.jpa.repository.JpaRepository;

/** The participants. */
public interface Participants extends JpaRepository<Participant, Long> {
}
