package fr.poleess.support.territory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * The territories, read once and kept in memory: Flyway seeds them and the application never changes
 * them, while every request checks the caller's territories (one statement per request saved).
 */
@Component
public class TerritoryDirectory {

    private final Territories territories;
    private volatile List<Territory> all;

    TerritoryDirectory(Territories territories) {
        this.territories = territories;
    }

    /** Every territory, by code. */
    public List<Territory> all() {
        List<Territory> loaded = all;
        if (loaded == null) {
            loaded = List.copyOf(territories.findAllByOrderByCode());
            all = loaded;
        }
        return loaded;
    }

    /** Codes of the territories whose advisors group is one of these. */
    public Set<String> codesServedBy(Collection<String> groupIds) {
        return all().stream().filter(t -> groupIds.contains(t.getAdvisorsGroup())).map(Territory::getCode)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Every territory's code. */
    public Set<String> allCodes() {
        return all().stream().map(Territory::getCode).collect(Collectors.toUnmodifiableSet());
    }

    public Optional<Territory> find(String code) {
        return all().stream().filter(t -> t.getCode().equals(code)).findFirst();
    }
}
