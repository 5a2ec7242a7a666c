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
    void refusesAPasswordTheEnginePolicyWouldRefuse() {
        // CNIL: 12 characters and the four kinds; otherwise the engine would refuse to create admin.
        for (String weak : new String[] { "Court-2026", "sans-majuscule-2026", "SANS-MINUSCULE-2026",
                "Sans-chiffre-du-tout", "SansSpecial20262026" }) {
            assertThatIllegalStateException().as(weak).isThrownBy(() -> AdminPasswordGuard.check(false, weak))
                    .withMessageContaining("au moins 12 caractères");
        }
        for (String personal : new String[] { "Mon-admin-2026!", "Administrateur-2026" }) {
            assertThatIllegalStateException().as(personal).isThrownBy(() -> AdminPasswordGuard.check(false, personal));
        }
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
