package fr.poleess.support.privacy.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.Test;

/** The start-up check: no start with the engine's history cleanup off; a window is expected but only warned about. */
class HistoryCleanupCheckTest {

    @Test
    void refusesToStartWhenTheHistoryCleanupIsOff() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setHistoryCleanupEnabled(false);

        assertThatThrownBy(() -> new HistoryCleanupCheck(engine(configuration)).check())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("historyCleanupEnabled=false");
    }

    @Test
    void startsWhenTheCleanupIsOnWithOrWithoutAWindow() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        assertThatCode(() -> new HistoryCleanupCheck(engine(configuration)).check()).doesNotThrowAnyException();

        configuration.setHistoryCleanupBatchWindowStartTime("22:00");
        configuration.setHistoryCleanupBatchWindowEndTime("05:00");
        assertThatCode(() -> new HistoryCleanupCheck(engine(configuration)).check()).doesNotThrowAnyException();
    }

    private static ProcessEngine engine(StandaloneInMemProcessEngineConfiguration configuration) {
        ProcessEngine engine = mock(ProcessEngine.class);
        HistoryService history = mock(HistoryService.class);
        when(engine.getProcessEngineConfiguration()).thenReturn(configuration);
        when(engine.getHistoryService()).thenReturn(history);
        when(history.findHistoryCleanupJobs()).thenReturn(List.of());
        return engine;
    }
}
