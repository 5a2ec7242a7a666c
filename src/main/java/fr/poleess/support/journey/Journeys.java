package fr.poleess.support.journey;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The journeys. */
public interface Journeys extends JpaRepository<Journey, Long> {

    /** With its participant, in one statement (the participant is always shown with the journey). */
    @Query("""
            select j from Journey j join fetch j.participant p left join fetch p.mobilityConstraints
            where j.reference = :reference""")
    Optional<Journey> findByReference(@Param("reference") String reference);

    /** The journey whose process instance this is; the engine's id, never a value a client sent. */
    Optional<Journey> findByProcessInstanceId(String processInstanceId);

    @Query("""
            select j from Journey j
            where j.territoryCode in :territories
              and (:territory is null or j.territoryCode = :territory)
              and (:status is null or j.status = :status)
            order by j.openedOn desc, j.id desc""")
    List<Journey> search(@Param("territories") Collection<String> visibleTerritories,
            @Param("territory") String territory, @Param("status") JourneyStatus status);

    /** Journeys whose participant a referring partner of the directory sent, in those territories, newest first. */
    @Query("""
            select j from Journey j
            where j.participant.referringPartnerId = :partnerId and j.territoryCode in :territories
            order by j.openedOn desc, j.id desc""")
    List<Journey> findReferredBy(@Param("partnerId") Long partnerId,
            @Param("territories") Collection<String> visibleTerritories);

    /** Those journeys with their participants, in one query (for lists that show each participant's name). */
    @Query("""
            select distinct j from Journey j join fetch j.participant p left join fetch p.mobilityConstraints
            where j.id in :ids""")
    List<Journey> findWithParticipants(@Param("ids") Collection<Long> ids);

    /** The journey, only if it belongs to one of those territories. */
    default Optional<Journey> findVisible(String reference, Collection<String> visibleTerritories) {
        return findByReference(reference).filter(j -> visibleTerritories.contains(j.getTerritoryCode()));
    }

    /** Fails with a clear message: code calling this holds an id the engine gave it. */
    default Journey require(Long id) {
        return findById(id).orElseThrow(() -> new IllegalStateException("No journey with id " + id));
    }
}
