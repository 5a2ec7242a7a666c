package fr.poleess.support.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A permanence: a place where advisors receive people close to where they live. */
@Entity
@Table(name = "outreach_desk")
public class OutreachDesk {

    @Id
    private Long id;

    @Column(name = "territory_code")
    private String territoryCode;

    private String name;

    private String address;

    @Column(name = "postal_code")
    private String postalCode;

    private String city;

    @Column(name = "opened_year")
    private Integer openedYear;

    private String schedule;

    protected OutreachDesk() {
    }

    public Long getId() {
        return id;
    }

    public String getTerritoryCode() {
        return territoryCode;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public Integer getOpenedYear() {
        return openedYear;
    }

    public String getSchedule() {
        return schedule;
    }

    /** « Permanence de Seurre, Mairie…, 21250 Seurre », as messages and documents print it. */
    public String postalAddress() {
        return getName() + ", " + getAddress() + ", " + getPostalCode() + " " + getCity();
    }
}
