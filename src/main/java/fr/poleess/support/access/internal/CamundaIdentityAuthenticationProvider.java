package fr.poleess.support.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import fr.poleess.support.access.AccessGroups;

/**
 * Checks a user id and password against the Camunda identity service, so that accounts are managed
 * in one place only (Camunda Admin), and grants one {@code GROUP_<id>} authority per Camunda group.
 * {@link LoginThrottle} is asked first (a held login is refused with {@link LoginThrottledException}
 * before any hashing) and told the outcome; a password that matched the user's stored hash in the
 * last minutes is not hashed again ({@link VerifiedCredentials}).
 */
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final VerifiedCredentials verified = new VerifiedCredentials();

    CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle, Clock clock) {
        this.clock = clock;
        this.identityService = identityService;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        String password = credentials == null ? null : credentials.toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "?";
        Optional<Duration> hold = throttle.holdFor(address, userId);
        if (hold.isPresent()) {
            throw new LoginThrottledException(hold.get());
        }
        // Same message whether the user exists or not: the answer must not reveal account names.
        if (userId == null || userId.isBlank() || password == null || password.isEmpty()
                || !passwordMatches(userId, password)) {
            throttle.failed(address, userId);
            throw new BadCredentialsException("Identifiant ou mot de passe incorrect.");
        }
        throttle.succeeded(address, userId);
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

    private boolean passwordMatches(String userId, String password) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        String storedHash = user instanceof UserEntity entity ? entity.getPassword() : null;
        var now = clock.instant();
        if (storedHash != null && verified.isVerified(userId, storedHash, password, now)) {
            return true;
        }
        if (!identityService.checkPassword(userId, password)) {
            return false;
        }
        // Read again: the check may just have upgraded an old hash.
        User checked = identityService.createUserQuery().userId(userId).singleResult();
        if (checked instanceof UserEntity entity && entity.getPassword() != null) {
            verified.remember(userId, entity.getPassword(), password, now);
        }
        return true;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
