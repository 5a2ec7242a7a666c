package fr.poleess.support.workshop.internal;

import static fr.poleess.support.workshop.CollectiveSessionProcess.SlotChangeForm.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import fr.poleess.support.shared.FormValues;
import fr.poleess.support.shared.TaskActors;
import fr.poleess.support.workshop.ChangeSlot;
import fr.poleess.support.workshop.CollectiveSessionProcess;
import fr.poleess.support.workshop.SlotChange;
import fr.poleess.support.workshop.SlotRescheduling;

/**
 * On completion of « Déplacer ou annuler le créneau » ({@code Task_ChangeSlot}): moves or cancels the slot
 * and tells the registered people. The model then plans the slot again at its new time, or ends it.
 */
@Component(CollectiveSessionProcess.Beans.SLOT_CHANGED)
class SlotChangedListener implements TaskListener {

    private final SlotRescheduling rescheduling;

    SlotChangedListener(SlotRescheduling rescheduling) {
        this.rescheduling = rescheduling;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = FormValues.of(task.getVariables());
        ChangeSlot input = new ChangeSlot(form.code(CHANGE, "Que faire du créneau ?", SlotChange.Kind.class),
                form.date(NEW_DATE, "Nouvelle date"), form.time(NEW_TIME, "Nouvelle heure"),
                form.integer(NEW_DURATION, "Nouvelle durée (minutes)"), form.text(REASON));
        rescheduling.change(OpenRegistrationsDelegate.sessionId(task), OpenRegistrationsDelegate.slotId(task), input,
                form.violations(), TaskActors.completingUser(task));
        // The next « Déplacer ou annuler le créneau » opens empty; parallel slots share none of these values.
        task.getExecution().removeVariables(List.of(CHANGE, NEW_DATE, NEW_TIME, NEW_DURATION, REASON));
    }
}
