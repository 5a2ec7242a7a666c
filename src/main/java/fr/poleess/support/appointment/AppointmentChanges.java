package fr.poleess.support.appointment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Moves, cancellations and missed appointments. */
public interface AppointmentChanges extends JpaRepository<AppointmentChange, Long> {

    List<AppointmentChange> findByJourneyIdOrderByChangedAt(Long journeyId);
}
