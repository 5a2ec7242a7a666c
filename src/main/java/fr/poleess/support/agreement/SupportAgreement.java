package fr.poleess.support.agreement;

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
import jakarta.persistence.Version;

/** The contrat d'accompagnement of one journey. */
@Entity
@Table(name = "support_agreement")
public class SupportAgreement {

    /** The seed's bounds for a journey: 3 to 24 months, amendments included. */
    public static final int MIN_MONTHS = 3;
    public static final int MAX_MONTHS = 24;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "journey_id")
    private Long journeyId;

    @Column(name = "start_date")
    private LocalDate startDate;

    /** Total duration, amendments included. */
    @Column(name = "duration_months")
    private int durationMonths;

    @Column(name = "planned_end_date")
    private LocalDate plannedEndDate;

    private String objectives;

    @Column(name = "planned_workshops")
    private String plannedWorkshops;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "support_agreement_activity", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "activity_code")
    @Enumerated(EnumType.STRING)
    private Set<PlannedActivity> plannedActivities = EnumSet.noneOf(PlannedActivity.class);

    @Column(name = "prepared_by")
    private String preparedBy;

    @Column(name = "prepared_at")
    private Instant preparedAt;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Version
    private int version;

    protected SupportAgreement() {
    }

    SupportAgreement(Long journeyId, PrepareAgreement input, String preparedBy, Instant now) {
        this.journeyId = journeyId;
        this.startDate = input.agreementStartDate();
        this.durationMonths = input.agreementDurationMonths();
        this.plannedEndDate = startDate.plusMonths(durationMonths);
        this.objectives = input.agreementObjectives();
        this.plannedWorkshops = input.plannedWorkshops();
        if (input.plannedActivities() != null && !input.plannedActivities().isEmpty()) {
            this.plannedActivities = EnumSet.copyOf(input.plannedActivities());
        }
        this.preparedBy = preparedBy;
        this.preparedAt = now;
    }

    void sign(LocalDate on) {
        if (signedOn != null) {
            throw new IllegalStateException("Agreement " + id + " is already signed");
        }
        this.signedOn = on;
    }

    /** Extends the agreement; the caller has checked the 24-month bound. */
    Amendment extend(int months, String reason, String by, Instant now) {
        LocalDate previous = plannedEndDate;
        this.durationMonths += months;
        this.plannedEndDate = startDate.plusMonths(durationMonths);
        return new Amendment(id, months, previous, plannedEndDate, reason, by, now);
    }

    public Long getId() {
        return id;
    }

    public Long getJourneyId() {
        return journeyId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public int getDurationMonths() {
        return durationMonths;
    }

    public LocalDate getPlannedEndDate() {
        return plannedEndDate;
    }

    public String getObjectives() {
        return objectives;
    }

    public String getPlannedWorkshops() {
        return plannedWorkshops;
    }

    public Set<PlannedActivity> getPlannedActivities() {
        return Set.copyOf(plannedActivities);
    }

    public String getPreparedBy() {
        return preparedBy;
    }

    public Instant getPreparedAt() {
        return preparedAt;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }
}
