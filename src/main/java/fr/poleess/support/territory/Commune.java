package fr.poleess.support.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A commune of Côte-d'Or with the arrondissement it belongs to: the 698 of INSEE's official geographic
 * code (see {@code V13__communes_of_cote_d_or.sql} and the script that generates it).
 */
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

    @Column(name = "insee_code")
    private String inseeCode;

    /** Every postal code of the commune, separated by one space ({@link #postalCode} is the first). */
    @Column(name = "postal_codes")
    private String postalCodes;

    /** Legal population (INSEE), for rates per inhabitant. */
    private int population;

    protected Commune() {
    }

    /** For tests of the matching rules, which need no database. */
    public Commune(String inseeCode, String name, String postalCodes, String arrondissement, int population) {
        this.inseeCode = inseeCode;
        this.name = name;
        this.searchName = CommuneNames.searchName(name);
        this.postalCodes = postalCodes;
        this.postalCode = postalCodes.split(" ")[0];
        this.arrondissement = arrondissement;
        this.population = population;
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

    public String getInseeCode() {
        return inseeCode;
    }

    public java.util.List<String> getPostalCodes() {
        return java.util.List.of(postalCodes.split(" "));
    }

    public int getPopulation() {
        return population;
    }

    /** « Savigny-lès-Beaune (21420) », as messages name it. */
    public String label() {
        return name + " (" + postalCode + ")";
    }
}
