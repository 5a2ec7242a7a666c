package fr.poleess.support.workshop;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Registrations for collective sessions, participants' and prospects'. */
public interface Registrations extends JpaRepository<SessionRegistration, Long> {

    List<SessionRegistration> findBySessionIdOrderByRegisteredAtAscIdAsc(Long sessionId);

    List<SessionRegistration> findByJourneyIdOrderByIdAsc(Long journeyId);

    /** How many registrations each of those sessions has in each status, in one query for a whole list. */
    @Query("""
            select r.sessionId as sessionId, r.status as status, count(r) as count from SessionRegistration r
            where r.sessionId in :sessionIds
            group by r.sessionId, r.status""")
    List<StatusCount> countByStatus(@Param("sessionIds") Collection<Long> sessionIds);

    /** One line of {@link #countByStatus}. */
    interface StatusCount {

        Long getSessionId();

        RegistrationStatus getStatus();

        long getCount();
    }
}
