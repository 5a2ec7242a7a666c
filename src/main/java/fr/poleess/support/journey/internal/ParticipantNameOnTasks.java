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
import org.springframework.stereotype.Component;

import fr.poleess.support.journey.JourneyProcess.Variables;

/**
 * Copies the participant's display name onto each journey task as a task variable when the task is
 * created. Tasklist's list shows it in the "Porteur de projet" column; advisors may read their
 * tasks but, on purpose, not the process instances (that would open every territory's), so a
 * process variable alone would stay invisible to them.
 */
@Component
class ParticipantNameOnTasks extends AbstractProcessEnginePlugin {

    static final TaskListener COPY_NAME = task -> {
        Object name = task.getVariable(Variables.PARTICIPANT_NAME);
        if (name != null) {
            task.setVariableLocal(Variables.PARTICIPANT_NAME, name);
        }
    };

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                // Every process's user tasks: the listener only acts where the variable exists.
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, COPY_NAME);
                }
            }
        });
    }
}
