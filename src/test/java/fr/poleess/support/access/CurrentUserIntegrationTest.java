package fr.poleess.support.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import fr.poleess.support.PostgresIntegrationTest;

class CurrentUserIntegrationTest extends PostgresIntegrationTest {

    @Autowired
    CurrentUser currentUser;
    @Autowired
    IdentityService identityService;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
        identityService.clearAuthentication();
    }

    @Test
    void anAdvisorSeesTheTerritoriesOfTheirGroups() {
        logIn("conseiller.beaune", "GROUP_advisors-beaune");

        assertThat(currentUser.userId()).isEqualTo("conseiller.beaune");
        assertThat(currentUser.isManager()).isFalse();
        assertThat(currentUser.visibleTerritoryCodes()).containsExactly("BEA");
        assertThat(currentUser.canSee("BEA")).isTrue();
        assertThat(currentUser.canSee("CHA")).isFalse();
        assertThat(currentUser.canSee(null)).isFalse();
    }

    @Test
    void anAdvisorOfTwoTerritoriesSeesBoth() {
        logIn("conseillere.itinerante", "GROUP_advisors-beaune", "GROUP_advisors-chatillon", "ROLE_OTHER");

        assertThat(currentUser.visibleTerritoryCodes()).containsExactlyInAnyOrder("BEA", "CHA");
    }

    @Test
    void managersAndAdministratorsSeeEveryTerritory() {
        logIn("responsable", "GROUP_managers");
        assertThat(currentUser.isManager()).isTrue();
        assertThat(currentUser.visibleTerritoryCodes()).containsExactlyInAnyOrder("BEA", "CHA", "DIJ");

        logIn("admin", "GROUP_camunda-admin");
        assertThat(currentUser.isManager()).isTrue();
        assertThat(currentUser.canSee("DIJ")).isTrue();
    }

    @Test
    void fallsBackOnTheEngineUserSetByTheWebapps() {
        // What a Tasklist request looks like to Spring: anonymous, with the engine user set by the webapp.
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        identityService.setAuthentication("conseiller.chatillon", List.of("advisors-chatillon"));

        assertThat(currentUser.userId()).isEqualTo("conseiller.chatillon");
        assertThat(currentUser.visibleTerritoryCodes()).containsExactly("CHA");
    }

    @Test
    void nobodyLoggedInSeesNothing() {
        assertThat(currentUser.isAuthenticated()).isFalse();
        assertThat(currentUser.visibleTerritoryCodes()).isEmpty();
        assertThat(currentUser.canSee("BEA")).isFalse();
        assertThatIllegalStateException().isThrownBy(currentUser::userId);
    }

    private static void logIn(String userId, String... authorities) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(userId,
                null, AuthorityUtils.createAuthorityList(authorities)));
    }
}
