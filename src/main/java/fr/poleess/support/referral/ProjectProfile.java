package fr.poleess.support.referral;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fr.poleess.support.closure.LegalForm;

/**
 * What the advisor knows of the project beyond its sector: the legal form considered, the financing
 * need, access to a bank. Updated at each appointment; the recommendations read the latest.
 */
@Entity
@Table(name = "project_profile")
public class ProjectProfile {

    @Id
    @Column(name = "journey_id")
    private Long journeyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form_considered")
    private LegalForm legalFormConsidered;

    @Enumerated(EnumType.STRING)
    @Column(name = "financing_need")
    private FinancingNeed financingNeed;

    @Enumerated(EnumType.STRING)
    @Column(name = "bank_access")
    private BankAccess bankAccess;

    @Column(name = "updated_on")
    private LocalDate updatedOn;

    @Column(name = "updated_by")
    private String updatedBy;

    protected ProjectProfile() {
    }

    ProjectProfile(Long journeyId) {
        this.journeyId = journeyId;
    }

    void update(LegalForm legalForm, FinancingNeed financing, BankAccess bank, LocalDate on, String by) {
        this.legalFormConsidered = legalForm;
        this.financingNeed = financing;
        this.bankAccess = bank;
        this.updatedOn = on;
        this.updatedBy = by;
    }

    public Long getJourneyId() {
        return journeyId;
    }

    public LegalForm getLegalFormConsidered() {
        return legalFormConsidered;
    }

    public FinancingNeed getFinancingNeed() {
        return financingNeed;
    }

    public BankAccess getBankAccess() {
        return bankAccess;
    }

    public LocalDate getUpdatedOn() {
        return updatedOn;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
