package fr.poleess.support.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A territory served by one team of advisors; seeded by Flyway, read-only for the application. */
@Entity
@Table(name = "territory")
public class Territory {

    @Id
    private String code;

    private String name;

    /** Camunda group whose members are this territory's advisors. */
    @Column(name = "advisors_group")
    private String advisorsGroup;

    @Column(name = "head_office")
    private boolean headOffice;

    private String address;

    @Column(name = "postal_code")
    private String postalCode;

    private String city;

    private String phone;

    protected Territory() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getAdvisorsGroup() {
        return advisorsGroup;
    }

    public boolean isHeadOffice() {
        return headOffice;
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

    public String getPhone() {
        return phone;
    }

    /** « Antenne de Beaune, 6 rue du Tribunal, 21200 Beaune », as messages and documents print it. */
    public String postalAddress() {
        return getAddress() + ", " + getPostalCode() + " " + getCity();
    }
}
