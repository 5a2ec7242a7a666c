package fr.poleess.support.appointment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The appointments held. */
public interface Appointments extends JpaRepository<Appointment, Long> {

    List<Appointment> findByJourneyIdOrderByHeldAt(Long journeyId);
}
