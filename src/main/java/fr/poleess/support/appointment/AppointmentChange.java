package fr.poleess.support.appointment;

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

/** A booked appointment moved, cancelled, or missed: for the timeline and the yearly report. */
@Entity
@Table(name = "appointment_change")
public class AppointmentChange {

    /** What happened to a booked appointment. */
    public enum Kind {
        MOVED("Rendez-vous déplacé"),
        CANCELLED_BY_PARTICIPANT("Rendez-vous annulé par le porteur de projet"),
        CANCELLED_BY_US("Rendez-vous annulé par la structure"),
        NOT_HONOURED("Rendez-vous non honoré");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** French, as the timeline and the report show it. */
        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "journey_id")
    private Long journeyId;

    /** The recorded appointment at which the changed one was booked. */
    @Column(name = "booking_id")
    private Long bookingId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    /** Paris local time. */
    @Column(name = "previous_at")
    private LocalDateTime previousAt;

    /** Paris local time; only for {@link Kind#MOVED}. */
    @Column(name = "new_at")
    private LocalDateTime newAt;

    private String reason;

    private String advisor;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected AppointmentChange() {
    }

    AppointmentChange(Long journeyId, Long bookingId, Kind kind, LocalDateTime previousAt, LocalDateTime newAt,
            String reason, String advisor, Instant changedAt) {
        this.journeyId = journeyId;
        this.bookingId = bookingId;
        this.kind = kind;
        this.previousAt = previousAt;
        this.newAt = newAt;
        this.reason = reason;
        this.advisor = advisor;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getJourneyId() {
        return journeyId;
    }

    public Long getBookingId() {
        return bookingId;
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

    public String getAdvisor() {
        return advisor;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
