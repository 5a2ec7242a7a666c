package fr.poleess.support.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An individual appointment that took place. */
@Entity
@Table(name = "appointment")
public class Appointment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "journey_id")
    private Long journeyId;

    /** Paris local time. */
    @Column(name = "held_at")
    private LocalDateTime heldAt;

    @Column(name = "duration_minutes")
    private int durationMinutes;

    @Enumerated(EnumType.STRING)
    private AppointmentMode mode;

    private String place;

    @Column(name = "steps_done")
    private String stepsDone;

    private String notes;

    @Column(name = "next_steps")
    private String nextSteps;

    @Column(name = "next_appointment_on")
    private LocalDate nextAppointmentOn;

    @Column(name = "next_appointment_time")
    private java.time.LocalTime nextAppointmentTime;

    @Enumerated(EnumType.STRING)
    @Column(name = "next_appointment_mode")
    private AppointmentMode nextAppointmentMode;

    @Column(name = "next_appointment_place")
    private String nextAppointmentPlace;

    /** RFC 5545 SEQUENCE of the booked appointment's invitation: raised at each move. */
    @Column(name = "next_appointment_sequence")
    private int nextAppointmentSequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "next_appointment_status")
    private BookingStatus nextAppointmentStatus;

    private String advisor;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected Appointment() {
    }

    Appointment(Long journeyId, RecordAppointment input, String advisor, Instant now) {
        this.journeyId = journeyId;
        this.heldAt = input.appointmentDate().atTime(input.appointmentTime());
        this.durationMinutes = input.appointmentDurationMinutes();
        this.mode = input.appointmentMode();
        this.place = input.appointmentPlace();
        this.stepsDone = input.stepsDone();
        this.notes = input.appointmentNotes();
        this.nextSteps = input.nextSteps();
        this.nextAppointmentOn = input.nextAppointmentDate();
        this.nextAppointmentTime = input.nextAppointmentTime();
        this.nextAppointmentMode = input.nextAppointmentMode();
        this.nextAppointmentPlace = input.nextAppointmentPlace();
        this.nextAppointmentStatus = nextAppointmentOn == null ? null : BookingStatus.BOOKED;
        this.advisor = advisor;
        this.recordedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getJourneyId() {
        return journeyId;
    }

    public LocalDateTime getHeldAt() {
        return heldAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public AppointmentMode getMode() {
        return mode;
    }

    public String getPlace() {
        return place;
    }

    public String getStepsDone() {
        return stepsDone;
    }

    public String getNotes() {
        return notes;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public LocalDate getNextAppointmentOn() {
        return nextAppointmentOn;
    }

    /** The next appointment booked at this one, or {@literal null}. */
    public LocalDateTime getNextAppointmentAt() {
        return nextAppointmentOn == null || nextAppointmentTime == null ? null : nextAppointmentOn.atTime(nextAppointmentTime);
    }

    public AppointmentMode getNextAppointmentMode() {
        return nextAppointmentMode;
    }

    public String getNextAppointmentPlace() {
        return nextAppointmentPlace;
    }

    public String getAdvisor() {
        return advisor;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public int getNextAppointmentSequence() {
        return nextAppointmentSequence;
    }

    /** {@literal null} when no appointment was booked at this one. */
    public BookingStatus getNextAppointmentStatus() {
        return nextAppointmentStatus;
    }

    /** Whether the appointment booked here still stands (neither cancelled nor missed, nor replaced). */
    public boolean isBookingStanding() {
        return nextAppointmentStatus == BookingStatus.BOOKED && getNextAppointmentAt() != null;
    }

    /** The booked appointment takes place at another time (and maybe mode or place): same invitation, next SEQUENCE. */
    void moveBooking(LocalDateTime at, AppointmentMode mode, String place) {
        this.nextAppointmentOn = at.toLocalDate();
        this.nextAppointmentTime = at.toLocalTime();
        this.nextAppointmentMode = mode;
        this.nextAppointmentPlace = place;
        this.nextAppointmentSequence++;
    }

    /** The booked appointment was recorded (or replaced by the one recorded). */
    void bookingHeld() {
        this.nextAppointmentStatus = BookingStatus.HELD;
    }

    /** The booked appointment will not take place. */
    void endBooking(BookingStatus status) {
        this.nextAppointmentStatus = status;
        this.nextAppointmentSequence++;
    }

    /** What became of an appointment booked at a recorded one. */
    public enum BookingStatus {
        BOOKED, CANCELLED_BY_PARTICIPANT, CANCELLED_BY_US, NOT_HONOURED, HELD
    }
}
