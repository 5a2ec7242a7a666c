package fr.poleess.support.referral;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import fr.poleess.support.shared.InvalidInputException;

/** The referrals. */
public interface Referrals extends JpaRepository<Referral, Long> {

    List<Referral> findByJourneyIdOrderById(Long journeyId);

    List<Referral> findByJourneyIdAndStatusIn(Long journeyId, Collection<ReferralStatus> statuses);

    Optional<Referral> findByProcessInstanceId(String processInstanceId);

    /**
     * The referral a step of {@code referral.bpmn} works on: the one that recorded this process instance
     * when it was started. The {@code referralId} variable is only a copy; one that disagrees (set by a
     * client) refuses the step with a French {@code 400}, like {@code JourneyInstances} for journeys.
     */
    default Long referralOf(String processInstanceId, Object referralIdCopy) {
        Referral referral = findByProcessInstanceId(processInstanceId).orElseThrow(
                () -> new InvalidInputException(ReferralProcess.Variables.REFERRAL_ID, "Mise en lien",
                        "cette instance n'est liée à aucune mise en lien"));
        boolean agrees = referralIdCopy instanceof Number copy && copy.longValue() == referral.getId();
        if (referralIdCopy != null && !agrees) {
            throw new InvalidInputException(ReferralProcess.Variables.REFERRAL_ID, "Mise en lien",
                    "la variable « referralId » ne correspond pas à la mise en lien de cette instance");
        }
        return referral.getId();
    }

    /** Fails with a clear message: code calling this holds an id the engine gave it. */
    default Referral require(Long id) {
        return findById(id).orElseThrow(() -> new IllegalStateException("No referral with id " + id));
    }
}
