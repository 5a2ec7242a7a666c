package fr.poleess.support.privacy.internal;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The engine's own history cleanup removes finished instances after their model's historyTimeToLive:
 * our retention relies on it for the history of journeys that were never erased. The application
 * refuses to start with it switched off ({@code historyCleanupEnabled=false}), and says loudly when
 * no cleanup window is set (the cleanup would then only run by hand).
 */
@Component
class HistoryCleanupCheck {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryCleanupCheck.class);

    private final ProcessEngine processEngine;

    HistoryCleanupCheck(ProcessEngine processEngine) {
        this.processEngine = processEngine;
    }

    @EventListener(ApplicationReadyEvent.class)
    void check() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine
                .getProcessEngineConfiguration();
        if (!configuration.isHistoryCleanupEnabled()) {
            throw new IllegalStateException("Camunda's history cleanup is off (historyCleanupEnabled=false): the"
                    + " engine's history would keep personal data beyond its retention. Switch it on (docs/privacy.md).");
        }
        if (configuration.getHistoryCleanupBatchWindowStartTime() == null) {
            LOG.error("Camunda's history cleanup has no batch window (historyCleanupBatchWindowStartTime): it will"
                    + " never run by itself and the engine's history will grow beyond its retention (docs/privacy.md).");
            return;
        }
        HistoryService history = processEngine.getHistoryService();
        LOG.info("History cleanup on, window {}–{}, {} job(s) scheduled",
                configuration.getHistoryCleanupBatchWindowStartTime(),
                configuration.getHistoryCleanupBatchWindowEndTime(), history.findHistoryCleanupJobs().size());
    }
}
