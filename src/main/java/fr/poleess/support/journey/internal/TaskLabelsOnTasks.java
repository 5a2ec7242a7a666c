package fr.poleess.support.journey.internal;

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

import fr.poleess.support.journey.TaskLabels;

/**
 * Gives every user task of every model a create listener that labels it with whom it is about
 * ({@link TaskLabels#label}). A task-local variable because advisors may read their tasks but, on purpose,
 * not the process instances (that would open every territory's), so Tasklist's list only shows them
 * variables of the task itself. The listener only acts where the task's process belongs to a journey.
 */
@Component
class TaskLabelsOnTasks extends AbstractProcessEnginePlugin {

    /** Looked up when a task is created: the plugin is built before the engine that {@link TaskLabels} needs. */
    private final ObjectProvider<TaskLabels> labels;

    TaskLabelsOnTasks(ObjectProvider<TaskLabels> labels) {
        this.labels = labels;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        TaskListener label = task -> labels.getObject().label(task);
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, label);
                }
            }
        });
    }
}
