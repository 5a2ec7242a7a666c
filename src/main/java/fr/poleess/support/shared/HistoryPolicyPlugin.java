package fr.poleess.support.shared;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.springframework.stereotype.Component;

/**
 * Keeps personal data out of the engine's history. History level stays {@code full} (Cockpit shows every
 * activity, task, decision and the variables that are ids, decisions and dates); the engine's own database
 * history handler is replaced by one that writes every event except the variable updates and submitted form
 * values whose name the process's {@link HistoryPolicy} does not keep. Those never reach
 * {@code ACT_HI_VARINST}, {@code ACT_HI_DETAIL} or their byte arrays in {@code ACT_GE_BYTEARRAY}; the
 * services still receive them while the process runs. A process without a policy keeps no variable at all.
 */
@Component
class HistoryPolicyPlugin extends AbstractProcessEnginePlugin {

    private final Map<String, HistoryPolicy> policies;

    HistoryPolicyPlugin(List<HistoryPolicy> policies) {
        this.policies = policies.stream().collect(Collectors.toUnmodifiableMap(HistoryPolicy::processKey,
                Function.identity()));
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // The filtering handler is itself the database handler, so nothing else writes history beside it.
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        configuration.getCustomHistoryEventHandlers().add(new PolicyDbHistoryEventHandler(policies));
    }

    /** Whether a variable of that process may be written to history. */
    static boolean kept(Map<String, HistoryPolicy> policies, String processKey, String name) {
        HistoryPolicy policy = processKey == null ? null : policies.get(processKey);
        return policy != null && policy.keeps(name);
    }

    static final class PolicyDbHistoryEventHandler extends DbHistoryEventHandler {

        private final Map<String, HistoryPolicy> policies;

        PolicyDbHistoryEventHandler(Map<String, HistoryPolicy> policies) {
            this.policies = policies;
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            if (event instanceof HistoricVariableUpdateEventEntity variable
                    && !kept(policies, processKey(event), variable.getVariableName())) {
                return;
            }
            if (event instanceof HistoricFormPropertyEventEntity property
                    && !kept(policies, processKey(event), property.getPropertyId())) {
                return;
            }
            super.handleEvent(event);
        }

        private static String processKey(HistoryEvent event) {
            if (event.getProcessDefinitionKey() != null || event.getProcessDefinitionId() == null) {
                return event.getProcessDefinitionKey();
            }
            DeploymentCache cache = Context.getProcessEngineConfiguration().getDeploymentCache();
            ProcessDefinitionEntity definition = cache.findDeployedProcessDefinitionById(event.getProcessDefinitionId());
            return definition == null ? null : definition.getKey();
        }
    }
}
