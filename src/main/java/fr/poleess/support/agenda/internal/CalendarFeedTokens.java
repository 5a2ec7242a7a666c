package fr.poleess.support.agenda.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarFeedTokens extends JpaRepository<CalendarFeedToken, Long> {

    Optional<CalendarFeedToken> findByTokenHashAndRevokedAtIsNull(String tokenHash);

    List<CalendarFeedToken> findByAdvisorAndRevokedAtIsNull(String advisor);

    List<CalendarFeedToken> findByRevokedAtIsNullOrderByAdvisor();
}
