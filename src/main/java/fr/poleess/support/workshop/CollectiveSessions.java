package fr.poleess.support.workshop;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The collective sessions. */
public interface CollectiveSessions extends JpaRepository<CollectiveSession, Long> {

    /** Sessions of those territories with a slot starting in {@code [from, to)}, by first slot. */
    @Query("""
            select distinct s from CollectiveSession s join s.slots slot
            where s.territoryCode in :territories
              and (:territory is null or s.territoryCode = :territory)
              and (:kind is null or s.kind = :kind)
              and slot.startsAt >= :from and slot.startsAt < :to
            order by s.id""")
    List<CollectiveSession> search(@Param("territories") Collection<String> visibleTerritories,
            @Param("territory") String territory, @Param("kind") SessionKind kind, @Param("from") LocalDateTime from,
            @Param("to") LocalDateTime to);

    /** The latest session of that kind in the territory starting before {@code before}, if any. */
    @Query("""
            select s from CollectiveSession s join s.slots slot
            where s.territoryCode = :territory and s.kind = :kind and s.status <> 'CANCELLED'
              and slot.startsAt < :before
            order by slot.startsAt desc""")
    List<CollectiveSession> latestBefore(@Param("territory") String territory, @Param("kind") SessionKind kind,
            @Param("before") LocalDateTime before);

    /**
     * Locks the session's row until the transaction ends, so that two registrations at the same time
     * cannot both take the last seat.
     */
    @org.springframework.data.jpa.repository.Modifying
    @Query(value = "update collective_session set version = version where id = :id", nativeQuery = true)
    int lock(@Param("id") Long id);

    /** The session, only if it belongs to one of those territories. */
    default Optional<CollectiveSession> findVisible(Long id, Collection<String> visibleTerritories) {
        return findById(id).filter(s -> visibleTerritories.contains(s.getTerritoryCode()));
    }

    /** Fails with a clear message: code calling this holds an id the engine gave it. */
    default CollectiveSession require(Long id) {
        return findById(id).orElseThrow(() -> new IllegalStateException("No collective session with id " + id));
    }
}
