package fr.poleess.support.workshop;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Registrations for collective sessions, participants' and prospects'. */
public interface Registrations extends JpaRepository<SessionRegistration, Long> {

    List<SessionRegistration> findBySessionIdOrderByRegisteredAtAscIdAsc(Long sessionId);

    List<SessionRegistration> findByJourneyIdOrderByIdAsc(Long journeyId);
}
