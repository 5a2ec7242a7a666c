package fr.poleess.support.partner;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An organisation of the directory. Its contact is a function with a shared address and phone, never
 * a named person. A partner is withdrawn rather than deleted, so that past referrals keep it.
 */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "partner_type")
    private PartnerType type;

    @Enumerated(EnumType.STRING)
    private PartnerKind kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_territory", joinColumns = @JoinColumn(name = "partner_id"))
    @Column(name = "territory_code")
    private Set<String> territories = new LinkedHashSet<>();

    @Column(name = "contact_function")
    private String contactFunction;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "address_line")
    private String addressLine;

    @Column(name = "postal_code")
    private String postalCode;

    private String city;

    @Column(name = "office_hours")
    private String officeHours;

    @Column(name = "what_to_bring")
    private String whatToBring;

    private boolean active;

    @Version
    private int version;

    protected Partner() {
    }

    Partner(PartnerInput input) {
        update(input);
        this.active = true;
    }

    void update(PartnerInput input) {
        this.name = input.name().strip();
        this.type = input.type();
        this.kind = input.kind();
        this.territories = new LinkedHashSet<>(input.territories());
        this.contactFunction = input.contactFunction().strip();
        this.contactEmail = blankToNull(input.contactEmail());
        this.contactPhone = blankToNull(input.contactPhone());
        this.addressLine = blankToNull(input.addressLine());
        this.postalCode = blankToNull(input.postalCode());
        this.city = blankToNull(input.city());
        this.officeHours = blankToNull(input.officeHours());
        this.whatToBring = blankToNull(input.whatToBring());
    }

    void withdraw() {
        this.active = false;
    }

    public boolean serves(String territoryCode) {
        return territories.contains(territoryCode);
    }

    /** « Initiative Côte-d'Or, 1 rue …, 21000 Dijon », as people read an address. */
    public String fullAddress() {
        StringBuilder address = new StringBuilder();
        if (addressLine != null) {
            address.append(addressLine);
        }
        String town = ((postalCode == null ? "" : postalCode + " ") + (city == null ? "" : city)).strip();
        if (!town.isEmpty()) {
            address.append(address.length() > 0 ? ", " : "").append(town);
        }
        return address.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public PartnerType getType() {
        return type;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public Set<String> getTerritories() {
        return Set.copyOf(territories);
    }

    public String getContactFunction() {
        return contactFunction;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public String getOfficeHours() {
        return officeHours;
    }

    public String getWhatToBring() {
        return whatToBring;
    }

    public boolean isActive() {
        return active;
    }
}
