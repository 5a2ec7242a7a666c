package fr.poleess.support.access.internal;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import fr.poleess.support.access.AccessGroups;

/**
 * Checks a user id and password against the Camunda identity service, so that accounts are managed
 * in one place only (Camunda Admin), and grants one {@code GROUP_<id>} authority per Camunda group.
 * The engine's login throttling applies: after repeated failures the account is locked for a while.
 */
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;

    CamundaIdentityAuthenticationProvider(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        String password = credentials == null ? null : credentials.toString();
        // Same message whether the user exists or not: the answer must not reveal account names.
        if (userId == null || userId.isBlank() || password == null || password.isEmpty()
                || !identityService.checkPassword(userId, password)) {
            throw new BadCredentialsException("Identifiant ou mot de passe incorrect.");
        }
        List<String> groupIds = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        List<String> tenantIds = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
                .list().stream().map(Tenant::getId).toList();
        EngineUser user = new EngineUser(userId, groupIds, tenantIds);
        var authorities = groupIds.stream().map(AccessGroups::authority).map(SimpleGrantedAuthority::new).toList();
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user, null,
                authorities);
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
