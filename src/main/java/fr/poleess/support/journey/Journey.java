package fr.poleess.support.journey;

import java.time.LocalDate;

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
import jakarta.persistence.Version;

/**
 * A parcours d'accompagnement. Its {@link #getReference() reference} is the business key of its
 * process instance. State changes go through intent-named methods that refuse illegal moves.
 */
@Entity
@Table(name = "journey")
public class Journey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @Column(name = "territory_code")
    private String territoryCode;

    @Column(name = "referent_advisor")
    private String referentAdvisor;

    @Enumerated(EnumType.STRING)
    private JourneyStatus status;

    @Column(name = "opened_on")
    private LocalDate openedOn;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Column(name = "agreement_signed_on")
    private LocalDate agreementSignedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Version
    private int version;

    protected Journey() {
    }

    Journey(String reference, Participant participant, String territoryCode, LocalDate openedOn) {
        this.reference = reference;
        this.participant = participant;
        this.territoryCode = territoryCode;
        this.openedOn = openedOn;
        this.status = JourneyStatus.RECEPTION;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** The reception took place; the advisor who held it becomes the referent. */
    public void markReceived(LocalDate on, String advisor, boolean goesOnToAgreement) {
        requireStatus(JourneyStatus.RECEPTION);
        this.receivedOn = on;
        this.referentAdvisor = advisor;
        this.status = goesOnToAgreement ? JourneyStatus.AGREEMENT : JourneyStatus.CLOSED;
        if (!goesOnToAgreement) {
            this.closedOn = on;
        }
    }

    public void markAgreementSigned(LocalDate on) {
        requireStatus(JourneyStatus.AGREEMENT);
        this.agreementSignedOn = on;
        this.status = JourneyStatus.IN_PROGRESS;
    }

    public void close(LocalDate on) {
        requireStatus(JourneyStatus.IN_PROGRESS);
        this.closedOn = on;
        this.status = JourneyStatus.CLOSED;
    }

    /** The agreement was never signed and the referent gave up: the journey closes without a final review. */
    public void abandonBeforeSignature(LocalDate on) {
        requireStatus(JourneyStatus.AGREEMENT);
        this.closedOn = on;
        this.status = JourneyStatus.CLOSED;
    }

    /** A manager hands the journey to another advisor. */
    public void reassign(String advisor) {
        this.referentAdvisor = advisor;
    }

    private void requireStatus(JourneyStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Journey " + reference + " is " + status + ", expected " + expected);
        }
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Participant getParticipant() {
        return participant;
    }

    public String getTerritoryCode() {
        return territoryCode;
    }

    public String getReferentAdvisor() {
        return referentAdvisor;
    }

    public JourneyStatus getStatus() {
        return status;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public LocalDate getAgreementSignedOn() {
        return agreementSignedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
