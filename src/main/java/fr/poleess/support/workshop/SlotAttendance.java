package fr.poleess.support.workshop;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Whether one registered person was there at one slot, as the facilitator recorded from the signed sheet. */
@Entity
@Table(name = "collective_attendance")
public class SlotAttendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registration_id")
    private Long registrationId;

    @Column(name = "slot_id")
    private Long slotId;

    @Enumerated(EnumType.STRING)
    private AttendanceStatus status;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    protected SlotAttendance() {
    }

    SlotAttendance(Long registrationId, Long slotId, AttendanceStatus status, String recordedBy, Instant recordedAt) {
        this.registrationId = registrationId;
        this.slotId = slotId;
        this.status = status;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public Long getSlotId() {
        return slotId;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
