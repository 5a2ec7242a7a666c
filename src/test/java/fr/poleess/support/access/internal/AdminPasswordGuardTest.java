package fr.poleess.support.access.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class AdminPasswordGuardTest {

    @Test
    void refusesToStartWithoutDemoAndWithoutPassword() {
        assertThatIllegalStateException().isThrownBy(() -> AdminPasswordGuard.check(false, null))
                .withMessageContaining("ADMIN_PASSWORD");
        assertThatIllegalStateException().isThrownBy(() -> AdminPasswordGuard.check(false, "   "))
                .withMessageContaining("ADMIN_PASSWORD");
    }

    @Test
    void refusesTheDemoPasswordOutsideTheDemo() {
        assertThatIllegalStateException().isThrownBy(() -> AdminPasswordGuard.check(false, "demo"))
                .withMessageContaining("« demo »");
        assertThatIllegalStateException().isThrownBy(() -> AdminPasswordGuard.check(false, " DEMO "));
    }

    @Test
    void acceptsARealPasswordOrTheDemo() {
        assertThatCode(() -> AdminPasswordGuard.check(false, "Un-vrai-mot-de-passe-2026")).doesNotThrowAnyException();
        assertThatCode(() -> AdminPasswordGuard.check(true, null)).doesNotThrowAnyException();
    }

    @Test
    void readsTheSameSettingsAsThePostgresProfile() {
        AdminPasswordGuard guard = new AdminPasswordGuard();
        guard.setEnvironment(new MockEnvironment().withProperty("support.demo.enabled", "false")
                .withProperty("support.admin.password", ""));
        assertThatIllegalStateException().isThrownBy(() -> guard.postProcessBeanFactory(null));

        // A missing demo switch counts as "off": an unconfigured installation must not get demo accounts.
        guard.setEnvironment(new MockEnvironment());
        assertThatIllegalStateException().isThrownBy(() -> guard.postProcessBeanFactory(null));

        guard.setEnvironment(new MockEnvironment().withProperty("support.demo.enabled", "true"));
        assertThatCode(() -> guard.postProcessBeanFactory(null)).doesNotThrowAnyException();
    }
}
