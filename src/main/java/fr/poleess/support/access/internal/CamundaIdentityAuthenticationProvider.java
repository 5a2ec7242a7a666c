package fr.poleess.support.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.jdbc.core.JdbcTemplate;
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

    /**
     * The stored hash, the groups and the tenants of a user, in one statement instead of the identity
     * service's three queries: every API call with HTTP Basic credentials pays it. Same tables as the
     * engine's database identity provider (the only one configured), read without going through it.
     */
    private static final String IDENTITY = """
            select 'U', PWD_ from ACT_ID_USER where ID_ = ?
            union all
            select 'G', GROUP_ID_ from ACT_ID_MEMBERSHIP where USER_ID_ = ?
            union all
            select distinct 'T', TENANT_ID_ from ACT_ID_TENANT_MEMBER
            where USER_ID_ = ? or GROUP_ID_ in (select GROUP_ID_ from ACT_ID_MEMBERSHIP where USER_ID_ = ?)""";

    private final IdentityService identityService;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final VerifiedCredentials verified = new VerifiedCredentials();

    CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle, Clock clock,
            JdbcTemplate jdbc) {
        this.clock = clock;
        this.identityService = identityService;
        this.throttle = throttle;
        this.jdbc = jdbc;
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
        Identity identity = userId == null || userId.isBlank() ? null : identity(userId);
        if (identity == null || password == null || password.isEmpty()
                || !passwordMatches(userId, password, identity.storedHash())) {
            throttle.failed(address, userId);
            throw new BadCredentialsException("Identifiant ou mot de passe incorrect.");
        }
        throttle.succeeded(address, userId);
        List<String> groupIds = identity.groupIds();
        List<String> tenantIds = identity.tenantIds();
        EngineUser user = new EngineUser(userId, groupIds, tenantIds);
        var authorities = groupIds.stream().map(AccessGroups::authority).map(SimpleGrantedAuthority::new).toList();
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user, null,
                authorities);
        result.setDetails(authentication.getDetails());
        return result;
    }

    private Identity identity(String userId) {
        String[] storedHash = { null };
        List<String> groups = new ArrayList<>();
        List<String> tenants = new ArrayList<>();
        jdbc.query(IDENTITY, rs -> {
            String value = rs.getString(2);
            switch (rs.getString(1)) {
                case "U" -> storedHash[0] = value;
                case "G" -> groups.add(value);
                default -> tenants.add(value);
            }
        }, userId, userId, userId, userId);
        Collections.sort(groups);
        Collections.sort(tenants);
        return new Identity(storedHash[0], List.copyOf(groups), List.copyOf(tenants));
    }

    private record Identity(String storedHash, List<String> groupIds, List<String> tenantIds) {
    }

    private boolean passwordMatches(String userId, String password, String storedHash) {
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
