package fr.poleess.support.workshop;

import java.time.LocalDateTime;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Start and end of a slot, read without loading its session. */
public interface SlotTimes extends Repository<SessionSlot, Long> {

    @Query("select s.startsAt from SessionSlot s where s.id = :id")
    LocalDateTime startsAt(@Param("id") Long slotId);

    default LocalDateTime endsAt(Long slotId) {
        return findById(slotId).endsAt();
    }

    default boolean isCancelled(Long slotId) {
        return findById(slotId).isCancelled();
    }

    SessionSlot findById(Long id);
}
