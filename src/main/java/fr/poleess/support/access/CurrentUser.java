package fr.poleess.support.access;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import fr.poleess.support.territory.TerritoryDirectory;

/**
 * The user on whose behalf the current thread works, and what they may see.
 * <p>
 * Read from the Spring {@link Authentication} of the request ({@code /api/**}, {@code /engine-rest/**},
 * {@code /rapports}). When there is none, falls back to the Camunda engine's current authentication:
 * the webapps (Tasklist, Cockpit) log users in with their own session and set only that one, so a
 * delegate or listener run while an advisor completes a task in Tasklist still knows who they are.
 */
@Component
public class CurrentUser {

    private final TerritoryDirectory territories;
    private final IdentityService identityService;

    CurrentUser(TerritoryDirectory territories, IdentityService identityService) {
        this.territories = territories;
        this.identityService = identityService;
    }

    /** Whether someone is logged in on this thread. */
    public boolean isAuthenticated() {
        return identity().isPresent();
    }

    /**
     * The Camunda user id of the logged-in user.
     *
     * @throws IllegalStateException when nobody is logged in
     */
    public String userId() {
        return identity().map(Identity::userId)
                .orElseThrow(() -> new IllegalStateException("No authenticated user on this thread"));
    }

    /** Camunda groups of the logged-in user; empty when nobody is logged in. */
    public Set<String> groupIds() {
        return identity().map(Identity::groupIds).orElse(Set.of());
    }

    /** Managers and administrators see every territory. */
    public boolean isManager() {
        Set<String> groups = groupIds();
        return groups.contains(AccessGroups.MANAGERS) || groups.contains(AccessGroups.ADMINS);
    }

    /** Administrators: every advisor's calendar feed, the retention run by hand. */
    public boolean isAdmin() {
        return groupIds().contains(AccessGroups.ADMINS);
    }

    /**
     * Codes of the territories whose journeys the user may see: those whose advisors group they
     * belong to, or all of them for managers. Never {@literal null}; empty when nobody is logged in.
     */
    public Set<String> visibleTerritoryCodes() {
        if (!isAuthenticated()) {
            return Set.of();
        }
        return isManager() ? territories.allCodes() : territories.codesServedBy(groupIds());
    }

    /** Whether the user may see journeys of the given territory; {@literal false} for {@literal null}. */
    public boolean canSee(String territoryCode) {
        return territoryCode != null && visibleTerritoryCodes().contains(territoryCode);
    }

    private Optional<Identity> identity() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return Optional.of(new Identity(authentication.getName(), groupsOf(authentication.getAuthorities())));
        }
        org.camunda.bpm.engine.impl.identity.Authentication engine = identityService.getCurrentAuthentication();
        if (engine != null && engine.getUserId() != null) {
            List<String> groups = engine.getGroupIds() == null ? List.of() : engine.getGroupIds();
            return Optional.of(new Identity(engine.getUserId(), Set.copyOf(groups)));
        }
        return Optional.empty();
    }

    private static Set<String> groupsOf(Collection<? extends GrantedAuthority> authorities) {
        Set<String> groups = new LinkedHashSet<>();
        for (GrantedAuthority authority : authorities) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith(AccessGroups.AUTHORITY_PREFIX)) {
                groups.add(name.substring(AccessGroups.AUTHORITY_PREFIX.length()));
            }
        }
        return Set.copyOf(groups);
    }

    private record Identity(String userId, Set<String> groupIds) {
    }
}
