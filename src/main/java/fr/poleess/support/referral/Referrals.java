package fr.poleess.support.referral;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The referrals. */
public interface Referrals extends JpaRepository<Referral, Long> {

    List<Referral> findByJourneyIdOrderById(Long journeyId);

    List<Referral> findByJourneyIdAndStatusIn(Long journeyId, Collection<ReferralStatus> statuses);

    /** Fails with a clear message: code calling this holds an id the engine gave it. */
    default Referral require(Long id) {
        return findById(id).orElseThrow(() -> new IllegalStateException("No referral with id " + id));
    }
}
