package fr.poleess.support.agreement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The support agreements, one per journey. */
public interface SupportAgreements extends JpaRepository<SupportAgreement, Long> {

    Optional<SupportAgreement> findByJourneyId(Long journeyId);

    /**
     * The journey's agreement with its planned activities, each row paired with one of its amendments
     * (or {@literal null} when it has none): the agreement and everything shown with it in one statement.
     */
    @Query("""
            select a, m from SupportAgreement a left join fetch a.plannedActivities
            left join Amendment m on m.agreementId = a.id
            where a.journeyId = :journeyId""")
    List<Object[]> findWithAmendmentsByJourneyId(@Param("journeyId") Long journeyId);
}
