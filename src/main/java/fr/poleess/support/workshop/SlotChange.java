package fr.poleess.support.workshop;

import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A planned slot moved or cancelled: the registered people's timelines show it. */
@Entity
@Table(name = "collective_slot_change")
public class SlotChange {

    /** What happened to a planned slot. */
    public enum Kind {
        MOVED("Créneau déplacé"),
        CANCELLED("Créneau annulé");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** French, as the timeline shows it. */
        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "slot_id")
    private Long slotId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    /** Paris local time. */
    @Column(name = "previous_at")
    private LocalDateTime previousAt;

    /** Paris local time; only for {@link Kind#MOVED}. */
    @Column(name = "new_at")
    private LocalDateTime newAt;

    private String reason;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected SlotChange() {
    }

    SlotChange(Long sessionId, Long slotId, Kind kind, LocalDateTime previousAt, LocalDateTime newAt, String reason,
            String changedBy, Instant changedAt) {
        this.sessionId = sessionId;
        this.slotId = slotId;
        this.kind = kind;
        this.previousAt = previousAt;
        this.newAt = newAt;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getSlotId() {
        return slotId;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDateTime getPreviousAt() {
        return previousAt;
    }

    public LocalDateTime getNewAt() {
        return newAt;
    }

    public String getReason() {
        return reason;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
