package fr.poleess.support.workshop.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import fr.poleess.support.workshop.CollectiveSessionProcess;
import fr.poleess.support.workshop.SlotRescheduling;

/**
 * When « Déplacer ou annuler le créneau » ({@code Task_ChangeSlot}) is created: which slot it is about, for
 * the form (task-local, kept out of history) and as the task's description in Tasklist's list.
 */
@Component(CollectiveSessionProcess.Beans.SLOT_CHANGE_FORM)
class SlotChangeFormListener implements TaskListener {

    private final SlotRescheduling rescheduling;

    SlotChangeFormListener(SlotRescheduling rescheduling) {
        this.rescheduling = rescheduling;
    }

    @Override
    public void notify(DelegateTask task) {
        String label = rescheduling.label(OpenRegistrationsDelegate.sessionId(task), OpenRegistrationsDelegate.slotId(task));
        task.setVariableLocal(CollectiveSessionProcess.SlotChangeFormData.SLOT_LABEL, label);
        task.setDescription(label);
    }
}
