package fr.poleess.support.agreement;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The support agreements, one per journey. */
public interface SupportAgreements extends JpaRepository<SupportAgreement, Long> {

    Optional<SupportAgreement> findByJourneyId(Long journeyId);
}
