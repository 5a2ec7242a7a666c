package fr.poleess.support.closure;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The outcome of a closed journey. */
@Entity
@Table(name = "journey_outcome")
public class Outcome {

    @Id
    @Column(name = "journey_id")
    private Long journeyId;

    @Enumerated(EnumType.STRING)
    private OutcomeKind kind;

    @Column(name = "outcome_date")
    private LocalDate outcomeDate;

    @Column(name = "path_summary")
    private String pathSummary;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form")
    private LegalForm legalForm;

    @Column(name = "activity_created_on")
    private LocalDate activityCreatedOn;

    private String siret;

    @Column(name = "jobs_created")
    private Integer jobsCreated;

    @Column(name = "redirected_to")
    private String redirectedTo;

    private String comment;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected Outcome() {
    }

    Outcome(Long journeyId, RecordOutcome input, String recordedBy, Instant now) {
        this.journeyId = journeyId;
        this.kind = input.outcomeKind();
        this.outcomeDate = input.outcomeDate();
        this.pathSummary = input.pathSummary();
        boolean created = input.outcomeKind() == OutcomeKind.ACTIVITY_CREATED;
        this.legalForm = created ? input.legalForm() : null;
        this.activityCreatedOn = created ? input.activityCreatedOn() : null;
        this.siret = created ? input.siret() : null;
        this.jobsCreated = created ? input.jobsCreated() : null;
        this.redirectedTo = input.outcomeKind() == OutcomeKind.REDIRECTED ? input.outcomeRedirectedTo() : null;
        this.comment = input.outcomeComment();
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public Long getJourneyId() {
        return journeyId;
    }

    public OutcomeKind getKind() {
        return kind;
    }

    public LocalDate getOutcomeDate() {
        return outcomeDate;
    }

    public String getPathSummary() {
        return pathSummary;
    }

    public LegalForm getLegalForm() {
        return legalForm;
    }

    public LocalDate getActivityCreatedOn() {
        return activityCreatedOn;
    }

    public String getSiret() {
        return siret;
    }

    public Integer getJobsCreated() {
        return jobsCreated;
    }

    public String getRedirectedTo() {
        return redirectedTo;
    }

    public String getComment() {
        return comment;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
