package fr.poleess.support.referral;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.poleess.support.partner.Partner;
import fr.poleess.support.partner.PartnerKind;

/**
 * A mise en lien: the participant of a journey is put in touch with a partner. Moves only forward,
 * through intent-named methods that refuse illegal moves (see {@link ReferralStatus}).
 */
@Entity
@Table(name = "referral")
public class Referral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "journey_id")
    private Long journeyId;

    @Column(name = "partner_id")
    private Long partnerId;

    /** Copied from the partner when decided: the yearly report counts by it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "partner_kind")
    private PartnerKind partnerKind;

    private boolean recommended;

    @Column(name = "recommendation_reason")
    private String recommendationReason;

    /** The participant agreed that their contact details go to the partner. */
    @Column(name = "contact_shared")
    private boolean contactShared;

    @Enumerated(EnumType.STRING)
    private ReferralStatus status;

    @Column(name = "proposed_on")
    private LocalDate proposedOn;

    @Column(name = "proposed_by")
    private String proposedBy;

    @Column(name = "sent_on")
    private LocalDate sentOn;

    @Column(name = "chased_on")
    private LocalDate chasedOn;

    @Column(name = "meeting_on")
    private LocalDate meetingOn;

    private String outcome;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Version
    private int version;

    protected Referral() {
    }

    Referral(Long journeyId, Partner partner, String recommendationReason, boolean contactShared, LocalDate on,
            String advisor) {
        this.journeyId = journeyId;
        this.partnerId = partner.getId();
        this.partnerKind = partner.getKind();
        this.recommended = recommendationReason != null;
        this.recommendationReason = recommendationReason;
        this.contactShared = contactShared;
        this.status = ReferralStatus.PROPOSED;
        this.proposedOn = on;
        this.proposedBy = advisor;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void markSent(LocalDate on) {
        requireStatus(ReferralStatus.PROPOSED);
        this.status = ReferralStatus.SENT;
        this.sentOn = on;
    }

    void markChased(LocalDate on) {
        requireStatus(ReferralStatus.SENT);
        this.chasedOn = on;
    }

    void markMeetingHeld(LocalDate meetingOn, String outcome, LocalDate on, String advisor) {
        requireStatus(ReferralStatus.SENT);
        this.status = ReferralStatus.MEETING_HELD;
        this.meetingOn = meetingOn;
        close(outcome, on, advisor);
    }

    /** @param advisor {@literal null} when closed automatically after the chase */
    void markNoFollowUp(String outcome, LocalDate on, String advisor) {
        requireStatus(ReferralStatus.SENT);
        this.status = ReferralStatus.NO_FOLLOW_UP;
        close(outcome, on, advisor);
    }

    void cancel(LocalDate on) {
        if (!status.isOpen()) {
            throw new IllegalStateException("Referral " + id + " is " + status + ", it cannot be cancelled");
        }
        this.status = ReferralStatus.CANCELLED;
        close("Parcours clos avant la fin de la mise en lien.", on, null);
    }

    /** Only a note typed by the advisor replaces one; an empty answer keeps the earlier note. */
    void note(String text) {
        if (text != null && !text.isBlank()) {
            this.outcome = text.strip();
        }
    }

    private void close(String outcome, LocalDate on, String advisor) {
        note(outcome);
        this.closedOn = on;
        this.closedBy = advisor;
    }

    private void requireStatus(ReferralStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Referral " + id + " is " + status + ", expected " + expected);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getJourneyId() {
        return journeyId;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public PartnerKind getPartnerKind() {
        return partnerKind;
    }

    public boolean isRecommended() {
        return recommended;
    }

    public String getRecommendationReason() {
        return recommendationReason;
    }

    public boolean isContactShared() {
        return contactShared;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public LocalDate getProposedOn() {
        return proposedOn;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public LocalDate getChasedOn() {
        return chasedOn;
    }

    public LocalDate getMeetingOn() {
        return meetingOn;
    }

    public String getOutcome() {
        return outcome;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
