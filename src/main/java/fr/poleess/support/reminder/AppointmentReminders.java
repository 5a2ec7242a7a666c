package fr.poleess.support.reminder;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.appointment.Appointment;
import fr.poleess.support.appointment.AppointmentRecorded;
import fr.poleess.support.appointment.Appointments;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.JourneyProcess;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.messaging.MessageKind;
import fr.poleess.support.messaging.Messages;
import fr.poleess.support.shared.InvalidInputException;
import fr.poleess.support.shared.TaskPriorities;
import fr.poleess.support.territory.OutreachDesk;
import fr.poleess.support.territory.OutreachDesks;
import fr.poleess.support.territory.Territories;
import fr.poleess.support.territory.Territory;
import fr.poleess.support.shared.FrenchFormat;

/**
 * Books the reminder of a participant's next appointment and, when its timer fires, writes the
 * message: date and time in French, and where to go — the office or outreach desk's address, the
 * video link, or that the advisor will call.
 */
@Service
public class AppointmentReminders {

    private final Journeys journeys;
    private final Appointments appointments;
    private final Territories territories;
    private final OutreachDesks desks;
    private final Messages messages;
    private final RuntimeService runtimeService;
    private final TaskService taskService;

    /**
     * The appointment a step of {@code appointment-reminder.bpmn} works on, checked against the instance's
     * business key, which only this class sets when it starts the reminder (no role but the administrator
     * may start a process or change a business key through the engine APIs): the appointment must belong
     * to the journey of that reference, or the step is refused with a French {@code 400}.
     */
    public Long appointmentOf(String businessKey, Object appointmentIdCopy) {
        Long journeyId = appointmentIdCopy instanceof Number copy
                ? appointments.findById(copy.longValue()).map(Appointment::getJourneyId).orElse(null)
                : null;
        boolean matches = journeyId != null && journeys.findByReference(businessKey)
                .map(journey -> journey.getId().equals(journeyId)).orElse(false);
        if (!matches) {
            throw new InvalidInputException(AppointmentReminderProcess.Variables.APPOINTMENT_ID, "Rendez-vous",
                    "ce rappel ne correspond à aucun rendez-vous du parcours " + businessKey);
        }
        return ((Number) appointmentIdCopy).longValue();
    }

    AppointmentReminders(Journeys journeys, Appointments appointments, Territories territories, OutreachDesks desks,
            Messages messages, RuntimeService runtimeService, TaskService taskService) {
        this.journeys = journeys;
        this.appointments = appointments;
        this.territories = territories;
        this.desks = desks;
        this.messages = messages;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    /**
     * Each recorded appointment ends the journey's pending reminder (it was for this appointment, or
     * one replaced by it) and books one for the newly booked appointment.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(AppointmentRecorded recorded) {
        Journey journey = journeys.require(recorded.journeyId());
        runtimeService.createMessageCorrelation(AppointmentReminderProcess.Messages.APPOINTMENT_RECORDED)
                .processInstanceBusinessKey(journey.getReference()).correlateAllWithResult();
        Date appointmentAt = ReminderSettings.toDate(recorded.nextAppointmentAt());
        if (appointmentAt != null && appointmentAt.after(ClockUtil.getCurrentTime())) {
            runtimeService.startProcessInstanceByKey(AppointmentReminderProcess.KEY, journey.getReference(),
                    Map.of(AppointmentReminderProcess.Variables.APPOINTMENT_ID, recorded.appointmentId(),
                            AppointmentReminderProcess.Variables.APPOINTMENT_AT, appointmentAt));
        }
    }

    /** "Envoyer le rappel": the reminder of the appointment booked at {@code appointmentId}. */
    @Transactional
    public void send(Long appointmentId) {
        Appointment booking = appointments.findById(appointmentId)
                .orElseThrow(() -> new IllegalStateException("No appointment " + appointmentId));
        LocalDateTime at = booking.getNextAppointmentAt();
        Journey journey = journeys.require(booking.getJourneyId());
        messages.toParticipant(journey.getId(), MessageKind.APPOINTMENT_REMINDER, Map.of(
                "dateLabel", FrenchFormat.dayAndDate(at), "timeLabel", FrenchFormat.time(at), "where", where(booking, journey)));
    }

    /**
     * "Signaler le rendez-vous non enregistré": two days after the booked appointment its task is still
     * open. Raises its priority and says why, for the advisor and the managers' filter.
     */
    @Transactional
    public void flagNotRecorded(Long appointmentId) {
        Appointment booking = appointments.findById(appointmentId)
                .orElseThrow(() -> new IllegalStateException("No appointment " + appointmentId));
        Journey journey = journeys.require(booking.getJourneyId());
        LocalDateTime at = booking.getNextAppointmentAt();
        taskService.createTaskQuery().processInstanceBusinessKey(journey.getReference())
                .taskDefinitionKey(JourneyProcess.Elements.HOLD_APPOINTMENT).list().forEach(task -> {
                    task.setPriority(TaskPriorities.FLAGGED);
                    task.setDescription("Rendez-vous du " + FrenchFormat.dayAndDate(at) + " à " + FrenchFormat.time(at)
                            + " non enregistré : enregistrez-le, ou notez qu'il n'a pas eu lieu.");
                    taskService.saveTask(task);
                });
    }

    private String where(Appointment booking, Journey journey) {
        String place = booking.getNextAppointmentPlace();
        boolean hasPlace = place != null && !place.isBlank();
        Territory territory = territories.findById(journey.getTerritoryCode()).orElseThrow();
        return switch (booking.getNextAppointmentMode()) {
            case PHONE -> "Votre conseiller·ère vous appellera" + (journey.getParticipant().getPhone() == null ? "."
                    : " au " + journey.getParticipant().getPhone() + ".");
            case VIDEO -> "Le rendez-vous aura lieu en visioconférence" + (hasPlace ? " : " + place : "")
                    + ". Le lien fonctionne depuis un ordinateur ou un téléphone.";
            case HOME_VISIT -> "Votre conseiller·ère viendra vous rencontrer à votre domicile.";
            case OUTREACH_DESK -> "Lieu : " + (hasPlace ? place : outreachDesk(territory));
            case ON_SITE -> "Lieu : " + (hasPlace ? place
                    : territory.getAddress() + ", " + territory.getPostalCode() + " " + territory.getCity()) + ".";
        };
    }

    private String outreachDesk(Territory territory) {
        List<OutreachDesk> territoryDesks = desks.findByTerritoryCodeOrderByName(territory.getCode());
        if (territoryDesks.isEmpty()) {
            return territory.getAddress() + ", " + territory.getPostalCode() + " " + territory.getCity() + ".";
        }
        OutreachDesk desk = territoryDesks.get(0);
        return desk.getName() + ", " + desk.getAddress() + ", " + desk.getPostalCode() + " " + desk.getCity() + ".";
    }
}
