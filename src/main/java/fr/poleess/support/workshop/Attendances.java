package fr.poleess.support.workshop;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Attendance per registration and slot. */
public interface Attendances extends JpaRepository<SlotAttendance, Long> {

    List<SlotAttendance> findBySlotId(Long slotId);

    List<SlotAttendance> findByRegistrationIdIn(Collection<Long> registrationIds);

    /** A journey's attendance at every slot of every session, most recent slot first. */
    @Query("""
            select a from SlotAttendance a, SessionRegistration r, SessionSlot slot
            where a.registrationId = r.id and a.slotId = slot.id and r.journeyId = :journeyId
            order by slot.startsAt desc, a.id desc""")
    List<SlotAttendance> findByJourneyLatestFirst(@Param("journeyId") Long journeyId);
}
