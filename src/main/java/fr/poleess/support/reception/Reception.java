package fr.poleess.support.reception;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The reception of one journey. */
@Entity
@Table(name = "reception")
public class Reception {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "journey_id")
    private Long journeyId;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    private ReceptionMode mode;

    @Column(name = "project_summary")
    private String projectSummary;

    @Enumerated(EnumType.STRING)
    @Column(name = "project_sector")
    private ProjectSector projectSector;

    private String needs;

    @Enumerated(EnumType.STRING)
    private ReceptionDecision decision;

    @Column(name = "redirected_to")
    private String redirectedTo;

    private String comment;

    private String advisor;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected Reception() {
    }

    Reception(Long journeyId, RecordReception input, String advisor, Instant now) {
        this.journeyId = journeyId;
        this.heldOn = input.receptionDate();
        this.mode = input.receptionMode();
        this.projectSummary = input.projectSummary();
        this.projectSector = input.projectSector();
        this.needs = input.needs();
        this.decision = input.receptionDecision();
        this.redirectedTo = input.redirectedTo();
        this.comment = input.receptionComment();
        this.advisor = advisor;
        this.recordedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getJourneyId() {
        return journeyId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public ReceptionMode getMode() {
        return mode;
    }

    public String getProjectSummary() {
        return projectSummary;
    }

    public ProjectSector getProjectSector() {
        return projectSector;
    }

    public String getNeeds() {
        return needs;
    }

    public ReceptionDecision getDecision() {
        return decision;
    }

    public String getRedirectedTo() {
        return redirectedTo;
    }

    public String getComment() {
        return comment;
    }

    public String getAdvisor() {
        return advisor;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
