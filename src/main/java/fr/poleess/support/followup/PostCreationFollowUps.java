package fr.poleess.support.followup;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The recorded follow-ups. */
public interface PostCreationFollowUps extends JpaRepository<PostCreationFollowUp, Long> {

    List<PostCreationFollowUp> findByJourneyIdOrderByMilestoneMonths(Long journeyId);

    boolean existsByJourneyIdAndMilestoneMonths(Long journeyId, int milestoneMonths);
}
