package fr.poleess.support.followup;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One follow-up of a created activity (6, 12 or 36 months after its creation), as the referent recorded it. */
@Entity
@Table(name = "post_creation_follow_up")
public class PostCreationFollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "journey_id")
    private Long journeyId;

    @Column(name = "milestone_months")
    private int milestoneMonths;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "recorded_on")
    private LocalDate recordedOn;

    @Column(name = "activity_running")
    private boolean activityRunning;

    private Integer jobs;

    @Enumerated(EnumType.STRING)
    @Column(name = "revenue_band")
    private RevenueBand revenueBand;

    @Column(name = "help_needed")
    private String helpNeeded;

    @Column(name = "support_requested")
    private boolean supportRequested;

    @Column(name = "recorded_by")
    private String recordedBy;

    protected PostCreationFollowUp() {
    }

    PostCreationFollowUp(Long journeyId, int milestoneMonths, LocalDate dueOn, RecordFollowUp input, LocalDate recordedOn,
            String recordedBy) {
        this.journeyId = journeyId;
        this.milestoneMonths = milestoneMonths;
        this.dueOn = dueOn;
        this.recordedOn = recordedOn;
        this.activityRunning = input.activityRunning();
        this.jobs = input.activityRunning() ? input.jobs() : null;
        this.revenueBand = input.activityRunning() ? input.revenueBand() : null;
        this.helpNeeded = input.helpNeeded();
        this.supportRequested = input.supportRequested();
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public Long getJourneyId() {
        return journeyId;
    }

    public int getMilestoneMonths() {
        return milestoneMonths;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getRecordedOn() {
        return recordedOn;
    }

    public boolean isActivityRunning() {
        return activityRunning;
    }

    public Integer getJobs() {
        return jobs;
    }

    public RevenueBand getRevenueBand() {
        return revenueBand;
    }

    public String getHelpNeeded() {
        return helpNeeded;
    }

    public boolean isSupportRequested() {
        return supportRequested;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
