package fr.poleess.support.workshop;

import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One time slot of a session (a workshop may run over several half-days); attendance is taken per slot. */
@Entity
@Table(name = "collective_session_slot")
public class SessionSlot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id")
    private CollectiveSession session;

    /** Paris local time. */
    @Column(name = "starts_at")
    private LocalDateTime startsAt;

    @Column(name = "duration_minutes")
    private int durationMinutes;

    @Column(name = "attendance_recorded_at")
    private Instant attendanceRecordedAt;

    @Column(name = "attendance_recorded_by")
    private String attendanceRecordedBy;

    @Enumerated(EnumType.STRING)
    private SlotStatus status = SlotStatus.PLANNED;

    /** The SEQUENCE of its calendar invitation (RFC 5545): raised at each move or cancellation. */
    private int sequence;

    protected SessionSlot() {
    }

    SessionSlot(CollectiveSession session, LocalDateTime startsAt, int durationMinutes) {
        this.session = session;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
    }

    void attendanceRecorded(String by, Instant at) {
        this.attendanceRecordedBy = by;
        this.attendanceRecordedAt = at;
    }

    void move(LocalDateTime newStart, int newDurationMinutes) {
        this.startsAt = newStart;
        this.durationMinutes = newDurationMinutes;
        this.sequence++;
    }

    void cancel() {
        this.status = SlotStatus.CANCELLED;
        this.sequence++;
    }

    public boolean isCancelled() {
        return status == SlotStatus.CANCELLED;
    }

    public SlotStatus getStatus() {
        return status;
    }

    public int getSequence() {
        return sequence;
    }

    public boolean isAttendanceRecorded() {
        return attendanceRecordedAt != null;
    }

    public LocalDateTime endsAt() {
        return startsAt.plusMinutes(durationMinutes);
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public Instant getAttendanceRecordedAt() {
        return attendanceRecordedAt;
    }

    public String getAttendanceRecordedBy() {
        return attendanceRecordedBy;
    }
}
