package fr.poleess.support.agreement;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An avenant: extends the agreement by some months. */
@Entity
@Table(name = "agreement_amendment")
public class Amendment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agreement_id")
    private Long agreementId;

    @Column(name = "extension_months")
    private int extensionMonths;

    @Column(name = "previous_end_date")
    private LocalDate previousEndDate;

    @Column(name = "new_end_date")
    private LocalDate newEndDate;

    private String reason;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Amendment() {
    }

    Amendment(Long agreementId, int extensionMonths, LocalDate previousEndDate, LocalDate newEndDate, String reason,
            String createdBy, Instant createdAt) {
        this.agreementId = agreementId;
        this.extensionMonths = extensionMonths;
        this.previousEndDate = previousEndDate;
        this.newEndDate = newEndDate;
        this.reason = reason;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public int getExtensionMonths() {
        return extensionMonths;
    }

    public LocalDate getPreviousEndDate() {
        return previousEndDate;
    }

    public LocalDate getNewEndDate() {
        return newEndDate;
    }

    public String getReason() {
        return reason;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
