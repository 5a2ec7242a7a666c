package fr.poleess.support.partner.internal;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.poleess.support.partner.Partner;
import fr.poleess.support.partner.PartnerDirectory;
import fr.poleess.support.partner.PartnerInput;
import fr.poleess.support.partner.PartnerKind;
import fr.poleess.support.partner.PartnerType;

/**
 * {@code /api/partners}: the directory. Everyone logged in reads it (advisors pick partners from it);
 * only managers change it ({@code 403} otherwise, from the security configuration). Bodies are checked by {@link PartnerDirectory}, so
 * every bad field comes back in one French {@code 400} problem.
 */
@RestController
@RequestMapping("/api/partners")
class PartnerController {

    private final PartnerDirectory directory;

    PartnerController(PartnerDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    List<PartnerView> list(@RequestParam(required = false) PartnerType type,
            @RequestParam(required = false) PartnerKind kind, @RequestParam(required = false) String territory,
            @RequestParam(defaultValue = "false") boolean includeWithdrawn) {
        return directory.search(type, kind, territory, includeWithdrawn).stream().map(PartnerView::of).toList();
    }

    @GetMapping("/{id}")
    PartnerView get(@PathVariable Long id) {
        return PartnerView.of(directory.require(id));
    }

    @PostMapping
    ResponseEntity<PartnerView> create(@RequestBody PartnerInput input) {
        Partner partner = directory.create(input);
        return ResponseEntity.created(URI.create("/api/partners/" + partner.getId())).body(PartnerView.of(partner));
    }

    @PutMapping("/{id}")
    PartnerView update(@PathVariable Long id, @RequestBody PartnerInput input) {
        return PartnerView.of(directory.update(id, input));
    }

    /** Withdraws the partner: it is no longer proposed, but past referrals and journeys keep it. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> withdraw(@PathVariable Long id) {
        directory.withdraw(id);
        return ResponseEntity.noContent().build();
    }

    record PartnerView(Long id, String name, PartnerType type, String typeLabel, PartnerKind kind, String kindLabel,
            Set<String> territories, String contactFunction, String contactEmail, String contactPhone,
            String addressLine, String postalCode, String city, String officeHours, String whatToBring,
            boolean active) {

        static PartnerView of(Partner p) {
            return new PartnerView(p.getId(), p.getName(), p.getType(), p.getType().label(), p.getKind(),
                    p.getKind().label(), new java.util.TreeSet<>(p.getTerritories()), p.getContactFunction(),
                    p.getContactEmail(), p.getContactPhone(), p.getAddressLine(), p.getPostalCode(), p.getCity(),
                    p.getOfficeHours(), p.getWhatToBring(), p.isActive());
        }
    }
}
