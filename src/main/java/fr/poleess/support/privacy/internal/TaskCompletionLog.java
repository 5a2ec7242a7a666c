package fr.poleess.support.privacy.internal;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import fr.poleess.support.privacy.AccessAction;
import fr.poleess.support.privacy.AccessLog;

/**
 * Records in the access log every completed user task of a process whose business key is a journey's
 * reference (the journey, its referrals, follow-ups, reminders), in the completion's transaction: a
 * refused form leaves no entry. Most changes to a journey are made this way, from Tasklist. The
 * entry names the task's key, never what the form held.
 */
@Component
class TaskCompletionLog extends AbstractProcessEnginePlugin {

    private final ObjectProvider<AccessLog> accessLog;

    // A provider: the engine plugin is built before the beans the log needs.
    TaskCompletionLog(ObjectProvider<AccessLog> accessLog) {
        this.accessLog = accessLog;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        TaskListener record = task -> accessLog.getObject().record(task.getExecution().getProcessBusinessKey(),
                AccessAction.TASK_COMPLETED, task.getTaskDefinitionKey());
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, record);
                }
            }
        });
    }
}
