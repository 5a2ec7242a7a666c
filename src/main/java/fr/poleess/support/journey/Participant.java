package fr.poleess.support.journey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * The porteur de projet. Identity and contact serve the support itself; gender, year of birth,
 * situation at entry and how they came serve the funders' statistics. Consent is recorded with its date.
 */
@Entity
@Table(name = "participant")
public class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    private String email;

    private String phone;

    @Column(name = "address_line")
    private String addressLine;

    @Column(name = "postal_code")
    private String postalCode;

    /** As the participant gave it, even when it matched no known commune. */
    @Column(name = "commune_name")
    private String communeName;

    @Column(name = "commune_id")
    private Long communeId;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Column(name = "birth_year")
    private int birthYear;

    @Enumerated(EnumType.STRING)
    private Situation situation;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "participant_mobility_constraint", joinColumns = @JoinColumn(name = "participant_id"))
    @Column(name = "constraint_code")
    @Enumerated(EnumType.STRING)
    private Set<MobilityConstraint> mobilityConstraints = EnumSet.noneOf(MobilityConstraint.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "came_through")
    private CameThrough cameThrough;

    @Enumerated(EnumType.STRING)
    @Column(name = "referring_partner_type")
    private ReferringPartnerType referringPartnerType;

    @Column(name = "referring_partner_name")
    private String referringPartnerName;

    /** The referring partner from the directory, when the participant came through one that is in it. */
    @Column(name = "referring_partner_id")
    private Long referringPartnerId;

    /** The participant agreed that the referring partner is told how the journey goes. */
    @Column(name = "referrer_feedback_consent")
    private boolean referrerFeedbackConsent;

    @Column(name = "information_session_on")
    private LocalDate informationSessionOn;

    @Column(name = "consent_given")
    private boolean consentGiven;

    @Column(name = "consent_date")
    private LocalDate consentDate;

    @Column(name = "created_at")
    private Instant createdAt;

    /** While true, reminders and other automatic messages are not sent to this participant. */
    @Column(name = "messages_paused")
    private boolean messagesPaused;

    protected Participant() {
    }

    Participant(NewParticipant input, Long communeId, String communeName, LocalDate today, Instant now) {
        this.firstName = input.firstName();
        this.lastName = input.lastName();
        this.email = input.email();
        this.phone = input.phone();
        this.addressLine = input.addressLine();
        this.postalCode = input.postalCode();
        this.communeName = communeName;
        this.communeId = communeId;
        this.gender = input.gender();
        this.birthYear = input.birthYear();
        this.situation = input.situation();
        if (input.mobilityConstraints() != null && !input.mobilityConstraints().isEmpty()) {
            this.mobilityConstraints = EnumSet.copyOf(input.mobilityConstraints());
        }
        this.cameThrough = input.cameThrough();
        this.referringPartnerType = input.referringPartnerType();
        this.referringPartnerName = input.referringPartnerName();
        this.referringPartnerId = input.referringPartnerId();
        this.referrerFeedbackConsent = input.referringPartnerId() != null
                && Boolean.TRUE.equals(input.referrerFeedbackConsent());
        this.informationSessionOn = input.informationSessionDate();
        this.consentGiven = Boolean.TRUE.equals(input.consentGiven());
        this.consentDate = this.consentGiven ? today : null;
        this.createdAt = now;
    }

    /** "Marie DUPONT — Meursault": how tasks and lists name the participant. */
    public String displayName() {
        return firstName + " " + lastName.toUpperCase(java.util.Locale.FRENCH) + " — " + communeName;
    }

    public void pauseMessages(boolean paused) {
        this.messagesPaused = paused;
    }

    public boolean isMessagesPaused() {
        return messagesPaused;
    }

    public Long getId() {
        return id;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCommuneName() {
        return communeName;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public Gender getGender() {
        return gender;
    }

    public int getBirthYear() {
        return birthYear;
    }

    public Situation getSituation() {
        return situation;
    }

    public Set<MobilityConstraint> getMobilityConstraints() {
        return Set.copyOf(mobilityConstraints);
    }

    public CameThrough getCameThrough() {
        return cameThrough;
    }

    public ReferringPartnerType getReferringPartnerType() {
        return referringPartnerType;
    }

    public String getReferringPartnerName() {
        return referringPartnerName;
    }

    public Long getReferringPartnerId() {
        return referringPartnerId;
    }

    /** Whether the referring partner of the directory may be told how the journey goes. */
    public boolean isReferrerFeedbackConsent() {
        return referrerFeedbackConsent;
    }

    /** "Élodie M.": how messages to partners name the participant, with no more than they need. */
    public String firstNameAndInitial() {
        return firstName + " " + lastName.strip().substring(0, 1).toUpperCase(java.util.Locale.FRENCH) + ".";
    }

    public LocalDate getInformationSessionOn() {
        return informationSessionOn;
    }

    public boolean isConsentGiven() {
        return consentGiven;
    }

    public LocalDate getConsentDate() {
        return consentDate;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
