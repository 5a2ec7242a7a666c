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

/**
 * A participant (by journey) or a prospect (name, commune, contact; no journey yet) registered for a
 * session, holding a seat or on the waiting list.
 */
@Entity
@Table(name = "collective_registration")
public class SessionRegistration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "journey_id")
    private Long journeyId;

    @Column(name = "prospect_first_name")
    private String prospectFirstName;

    @Column(name = "prospect_last_name")
    private String prospectLastName;

    @Column(name = "prospect_commune")
    private String prospectCommune;

    @Column(name = "prospect_email")
    private String prospectEmail;

    @Column(name = "prospect_phone")
    private String prospectPhone;

    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "registered_by")
    private String registeredBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "wants_to_continue")
    private Boolean wantsToContinue;

    @Column(name = "opened_journey_id")
    private Long openedJourneyId;

    protected SessionRegistration() {
    }

    static SessionRegistration participant(Long sessionId, Long journeyId, RegistrationStatus status, String by,
            Instant now) {
        SessionRegistration registration = new SessionRegistration();
        registration.sessionId = sessionId;
        registration.journeyId = journeyId;
        registration.status = status;
        registration.registeredBy = by;
        registration.registeredAt = now;
        return registration;
    }

    static SessionRegistration prospect(Long sessionId, RegisterForSession.Prospect prospect, RegistrationStatus status,
            String by, Instant now) {
        SessionRegistration registration = participant(sessionId, null, status, by, now);
        registration.prospectFirstName = prospect.firstName();
        registration.prospectLastName = prospect.lastName();
        registration.prospectCommune = prospect.commune();
        registration.prospectEmail = prospect.email();
        registration.prospectPhone = prospect.phone();
        return registration;
    }

    void cancel(Instant now) {
        this.status = RegistrationStatus.CANCELLED;
        this.cancelledAt = now;
    }

    void moveUp() {
        this.status = RegistrationStatus.REGISTERED;
    }

    void wantsToContinue(boolean wants) {
        this.wantsToContinue = wants;
    }

    void journeyOpened(Long journeyId) {
        this.openedJourneyId = journeyId;
    }

    public boolean isProspect() {
        return journeyId == null;
    }

    public Long getId() {
        return id;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getJourneyId() {
        return journeyId;
    }

    public String getProspectFirstName() {
        return prospectFirstName;
    }

    public String getProspectLastName() {
        return prospectLastName;
    }

    public String getProspectCommune() {
        return prospectCommune;
    }

    public String getProspectEmail() {
        return prospectEmail;
    }

    public String getProspectPhone() {
        return prospectPhone;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public Boolean getWantsToContinue() {
        return wantsToContinue;
    }

    public Long getOpenedJourneyId() {
        return openedJourneyId;
    }
}
