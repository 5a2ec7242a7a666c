package fr.poleess.support.appointment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The appointments held. */
public interface Appointments extends JpaRepository<Appointment, Long> {

    List<Appointment> findByJourneyIdOrderByHeldAt(Long journeyId);

    /** The journey's last recorded appointment: the one at which its next appointment was booked, if any. */
    java.util.Optional<Appointment> findFirstByJourneyIdOrderByHeldAtDescIdDesc(Long journeyId);

    /** The appointment booked at the journey's last recorded one, if it still stands. */
    default java.util.Optional<Appointment> findStandingBooking(Long journeyId) {
        return findFirstByJourneyIdOrderByHeldAtDescIdDesc(journeyId).filter(Appointment::isBookingStanding);
    }

    /** Appointments booked between two moments (Paris time) that still stand, for day sheets and calendars. */
    @org.springframework.data.jpa.repository.Query("""
            select a from Appointment a where a.nextAppointmentStatus = fr.poleess.support.appointment.Appointment.BookingStatus.BOOKED
            and a.nextAppointmentOn >= :from and a.nextAppointmentOn < :to order by a.nextAppointmentOn, a.nextAppointmentTime""")
    List<Appointment> findStandingBookingsBetween(java.time.LocalDate from, java.time.LocalDate to);
}
