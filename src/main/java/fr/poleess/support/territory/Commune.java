package fr.poleess.support.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A commune of Côte-d'Or with the arrondissement it belongs to. */
@Entity
@Table(name = "commune")
public class Commune {

    @Id
    private Long id;

    private String name;

    /** Lower case, no accents, words separated by one space: what {@link CommuneNames#searchName} gives. */
    @Column(name = "search_name")
    private String searchName;

    @Column(name = "postal_code")
    private String postalCode;

    private String arrondissement;

    protected Commune() {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSearchName() {
        return searchName;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getArrondissement() {
        return arrondissement;
    }
}
