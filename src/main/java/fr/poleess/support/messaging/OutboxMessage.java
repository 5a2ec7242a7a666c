package fr.poleess.support.messaging;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One message, rendered when queued, with its delivery state. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "journey_id")
    private Long journeyId;

    @Enumerated(EnumType.STRING)
    private MessageKind kind;

    @Enumerated(EnumType.STRING)
    private MessageChannel channel;

    private String recipient;

    private String subject;

    private String body;

    @Enumerated(EnumType.STRING)
    private MessageStatus status;

    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    /** An iCalendar invitation sent as attachment, or {@literal null}. */
    private String calendar;

    @Column(name = "calendar_method")
    private String calendarMethod;

    protected OutboxMessage() {
    }

    OutboxMessage(Long journeyId, MessageKind kind, String recipient, String subject, String body, Instant now) {
        this.journeyId = journeyId;
        this.kind = kind;
        this.recipient = recipient;
        this.channel = recipient == null ? MessageChannel.CALL : MessageChannel.EMAIL;
        this.subject = subject;
        this.body = body;
        this.status = recipient == null ? MessageStatus.CALL_REQUESTED : MessageStatus.PENDING;
        this.createdAt = now;
    }

    void attach(CalendarInvitation invitation) {
        this.calendar = invitation.ics();
        this.calendarMethod = invitation.method();
    }

    /** The iCalendar invitation sent with the e-mail, or {@literal null}. */
    public CalendarInvitation getCalendarInvitation() {
        return calendar == null ? null : new CalendarInvitation(calendarMethod, calendar);
    }

    void paused() {
        this.status = MessageStatus.PAUSED;
    }

    void deliveredBy(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void attempt() {
        attempts++;
    }

    void sent(Instant at) {
        status = MessageStatus.SENT;
        sentAt = at;
        lastError = null;
    }

    void failed(String error, boolean lastAttempt) {
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        if (lastAttempt) {
            status = MessageStatus.FAILED;
        }
    }

    void called(Instant at) {
        status = MessageStatus.CALLED;
        sentAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getJourneyId() {
        return journeyId;
    }

    public MessageKind getKind() {
        return kind;
    }

    public MessageChannel getChannel() {
        return channel;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public MessageStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
