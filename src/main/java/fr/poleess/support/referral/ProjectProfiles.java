package fr.poleess.support.referral;

import org.springframework.data.jpa.repository.JpaRepository;

/** The project profiles, one per journey, by journey id. */
public interface ProjectProfiles extends JpaRepository<ProjectProfile, Long> {
}
