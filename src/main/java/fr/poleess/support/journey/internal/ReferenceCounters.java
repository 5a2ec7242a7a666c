package fr.poleess.support.journey.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ReferenceCounters extends JpaRepository<ReferenceCounter, ReferenceCounter.Key> {

    /** Locks the row so that two advisors opening journeys at once never get the same reference. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ReferenceCounter c where c.territoryCode = :territoryCode and c.year = :year")
    Optional<ReferenceCounter> lock(String territoryCode, int year);
}
