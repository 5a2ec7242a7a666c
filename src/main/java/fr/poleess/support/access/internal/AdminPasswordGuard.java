package fr.poleess.support.access.internal;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start without a real administrator password when the demo accounts are off (profile
 * {@code postgres}): an installation must never come up with {@code admin}/{@code demo}, nor with
 * no way to log in. Runs as a bean factory post-processor so that it fails before the engine creates
 * or migrates any table.
 */
@Component
class AdminPasswordGuard implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String DEMO_ENABLED = "support.demo.enabled";
    static final String ADMIN_PASSWORD = "support.admin.password";
    static final String DEMO_PASSWORD = "demo";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        check(environment.getProperty(DEMO_ENABLED, Boolean.class, false), environment.getProperty(ADMIN_PASSWORD));
    }

    /**
     * @param demoEnabled whether the demo accounts (all with password {@code demo}) are seeded
     * @param adminPassword value of {@code support.admin.password}; may be {@literal null}
     * @throws IllegalStateException when demo accounts are off and the password is blank, {@code demo}
     *         or breaks the password policy ({@link CnilPasswordPolicy}), which the engine would refuse
     */
    static void check(boolean demoEnabled, String adminPassword) {
        if (demoEnabled) {
            return;
        }
        if (adminPassword == null || adminPassword.isBlank()) {
            throw new IllegalStateException("Démarrage refusé : aucun mot de passe administrateur. Définissez la variable "
                    + "d'environnement ADMIN_PASSWORD (propriété " + ADMIN_PASSWORD + ") : elle sert de mot de passe "
                    + "initial au compte « admin » de Camunda.");
        }
        if (DEMO_PASSWORD.equalsIgnoreCase(adminPassword.strip())) {
            throw new IllegalStateException("Démarrage refusé : le mot de passe administrateur (ADMIN_PASSWORD, propriété "
                    + ADMIN_PASSWORD + ") ne peut pas être « demo » hors démonstration. Choisissez un vrai mot de passe.");
        }
        if (!CnilPasswordPolicy.accepts(adminPassword, AccessSeeding.adminUser())) {
            throw new IllegalStateException("Démarrage refusé : le mot de passe administrateur (ADMIN_PASSWORD, propriété "
                    + ADMIN_PASSWORD + ") doit compter au moins " + CnilPasswordPolicy.MIN_LENGTH + " caractères, dont "
                    + "au moins une minuscule, une majuscule, un chiffre et un caractère spécial, sans reprendre "
                    + "l'identifiant « admin ».");
        }
    }
}
