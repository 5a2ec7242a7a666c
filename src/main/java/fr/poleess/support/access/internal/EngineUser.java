package fr.poleess.support.access.internal;

import java.util.List;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * A user as the Camunda identity service knows them, kept as the Spring principal so that the engine
 * REST filter can hand the same groups and tenants to the engine without querying them again.
 */
record EngineUser(String userId, List<String> groupIds, List<String> tenantIds) implements AuthenticatedPrincipal {

    EngineUser {
        groupIds = List.copyOf(groupIds);
        tenantIds = List.copyOf(tenantIds);
    }

    @Override
    public String getName() {
        return userId;
    }
}
