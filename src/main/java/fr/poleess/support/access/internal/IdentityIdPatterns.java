package fr.poleess.support.access.internal;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Lets user and group ids read like ours ({@code conseiller.beaune}, {@code advisors-beaune}). The
 * engine accepts only letters and digits by default and would refuse to create them; the ids still
 * exclude anything that could be markup or an expression, which is what the default protects against.
 * Only applies where nothing else configured a pattern.
 */
@Component
class IdentityIdPatterns extends AbstractProcessEnginePlugin {

    /** Letters and digits, in parts joined by one dot, hyphen, underscore or at sign. */
    static final String ID_PATTERN = "[a-zA-Z0-9]+([._@-][a-zA-Z0-9]+)*";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getUserResourceWhitelistPattern() == null) {
            configuration.setUserResourceWhitelistPattern(ID_PATTERN);
        }
        if (configuration.getGroupResourceWhitelistPattern() == null) {
            configuration.setGroupResourceWhitelistPattern(ID_PATTERN);
        }
    }
}
