package fr.poleess.support.journey.internal;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Last number given to a journey of one territory in one year: BEA-2026-0042 follows 0041. */
@Entity
@Table(name = "journey_reference_counter")
@IdClass(ReferenceCounter.Key.class)
class ReferenceCounter {

    @Id
    @Column(name = "territory_code")
    private String territoryCode;

    @Id
    @Column(name = "ref_year")
    private int year;

    @Column(name = "last_value")
    private int lastValue;

    protected ReferenceCounter() {
    }

    ReferenceCounter(String territoryCode, int year) {
        this.territoryCode = territoryCode;
        this.year = year;
    }

    int next() {
        return ++lastValue;
    }

    record Key(String territoryCode, int year) implements Serializable {
    }
}
