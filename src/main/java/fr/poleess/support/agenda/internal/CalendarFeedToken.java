package fr.poleess.support.agenda.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An advisor's calendar feed token: only its SHA-256 is stored; revoked tokens are kept for the record. */
@Entity
@Table(name = "calendar_feed_token")
class CalendarFeedToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String advisor;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected CalendarFeedToken() {
    }

    CalendarFeedToken(String advisor, String tokenHash, Instant createdAt, String createdBy) {
        this.advisor = advisor;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void revoke(Instant at) {
        revokedAt = at;
    }

    String getAdvisor() {
        return advisor;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }
}
