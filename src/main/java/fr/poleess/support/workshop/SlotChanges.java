package fr.poleess.support.workshop;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Moves and cancellations of collective session slots. */
public interface SlotChanges extends JpaRepository<SlotChange, Long> {

    List<SlotChange> findBySessionIdOrderByChangedAtAscIdAsc(Long sessionId);
}
