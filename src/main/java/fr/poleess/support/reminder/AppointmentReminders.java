package fr.poleess.support.reminder;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.appointment.Appointment;
import fr.poleess.support.appointment.AppointmentChange;
import fr.poleess.support.appointment.AppointmentChanged;
import fr.poleess.support.appointment.AppointmentMode;
import fr.poleess.support.messaging.CalendarInvitation;
import fr.poleess.support.shared.ICalendars;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.property.Method;
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

    /** The form books a start time only: calendars show an hour. */
    private static final int BOOKED_MINUTES = 60;

    private final Journeys journeys;
    private final Appointments appointments;
    private final Territories territories;
    private final OutreachDesks desks;
    private final Messages messages;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final Clock clock;

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
            Messages messages, RuntimeService runtimeService, TaskService taskService, Clock clock) {
        this.journeys = journeys;
        this.appointments = appointments;
        this.territories = territories;
        this.desks = desks;
        this.messages = messages;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.clock = clock;
    }

    /**
     * Each recorded appointment ends the journey's pending reminder (it was for this appointment, or
     * one replaced by it) and books one for the newly booked appointment. A participant with an e-mail
     * address gets the booking's confirmation with its invitation (the one later moves update); without
     * one, nobody is asked to call: the booking was made with them.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(AppointmentRecorded recorded) {
        Journey journey = journeys.require(recorded.journeyId());
        runtimeService.createMessageCorrelation(AppointmentReminderProcess.Messages.APPOINTMENT_RECORDED)
                .processInstanceBusinessKey(journey.getReference()).correlateAllWithResult();
        Date appointmentAt = ReminderSettings.toDate(recorded.nextAppointmentAt());
        if (appointmentAt != null && appointmentAt.toInstant().isAfter(clock.instant())) {
            runtimeService.startProcessInstanceByKey(AppointmentReminderProcess.KEY, journey.getReference(),
                    Map.of(AppointmentReminderProcess.Variables.APPOINTMENT_ID, recorded.appointmentId(),
                            AppointmentReminderProcess.Variables.APPOINTMENT_AT, appointmentAt));
            String email = journey.getParticipant().getEmail();
            if (email != null && !email.isBlank()) {
                confirm(appointments.findById(recorded.appointmentId()).orElseThrow(), journey);
            }
        }
    }

    private void confirm(Appointment booking, Journey journey) {
        LocalDateTime at = booking.getNextAppointmentAt();
        messages.toParticipant(journey.getId(), MessageKind.APPOINTMENT_CONFIRMED, Map.of(
                "dateLabel", FrenchFormat.dayAndDate(at), "timeLabel", FrenchFormat.time(at), "where", where(booking, journey),
                "phone", territories.findById(journey.getTerritoryCode()).orElseThrow().getPhone()),
                invitation(booking, journey, false));
    }

    /**
     * A booked appointment moved, was cancelled or missed: its reminder ends (message
     * {@code AppointmentChanged}); a moved one gets a new reminder at its new time; the participant is
     * told of a move or a cancellation, with the updated or cancelled invitation (same UID).
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(AppointmentChanged changed) {
        Journey journey = journeys.require(changed.journeyId());
        runtimeService.createMessageCorrelation(AppointmentReminderProcess.Messages.APPOINTMENT_CHANGED)
                .processInstanceBusinessKey(journey.getReference()).correlateAllWithResult();
        Appointment booking = appointments.findById(changed.bookingId()).orElseThrow();
        switch (changed.kind()) {
            case MOVED -> {
                Date appointmentAt = ReminderSettings.toDate(changed.newAt());
                if (appointmentAt.toInstant().isAfter(clock.instant())) {
                    runtimeService.startProcessInstanceByKey(AppointmentReminderProcess.KEY, journey.getReference(),
                            Map.of(AppointmentReminderProcess.Variables.APPOINTMENT_ID, changed.bookingId(),
                                    AppointmentReminderProcess.Variables.APPOINTMENT_AT, appointmentAt));
                }
                LocalDateTime at = changed.newAt();
                messages.toParticipant(journey.getId(), MessageKind.APPOINTMENT_MOVED, Map.of(
                        "previousLabel", FrenchFormat.dayAndDate(changed.previousAt()), "dateLabel", FrenchFormat.dayAndDate(at),
                        "timeLabel", FrenchFormat.time(at), "where", where(booking, journey)),
                        invitation(booking, journey, false));
            }
            case CANCELLED_BY_PARTICIPANT, CANCELLED_BY_US -> messages.toParticipant(journey.getId(),
                    MessageKind.APPOINTMENT_CANCELLED, Map.of("previousLabel", FrenchFormat.dayAndDate(changed.previousAt()),
                            "previousTimeLabel", FrenchFormat.time(changed.previousAt()),
                            "byParticipant", changed.kind() == AppointmentChange.Kind.CANCELLED_BY_PARTICIPANT,
                            "phone", territories.findById(journey.getTerritoryCode()).orElseThrow().getPhone()),
                    invitation(booking, journey, true));
            case NOT_HONOURED -> {
                // Nothing to send: the referent calls the person, the timeline and the report keep it.
            }
        }
    }

    /** "Envoyer le rappel": the reminder of the appointment booked at {@code appointmentId}, with its invitation. */
    @Transactional
    public void send(Long appointmentId) {
        Appointment booking = appointments.findById(appointmentId)
                .orElseThrow(() -> new IllegalStateException("No appointment " + appointmentId));
        LocalDateTime at = booking.getNextAppointmentAt();
        Journey journey = journeys.require(booking.getJourneyId());
        messages.toParticipant(journey.getId(), MessageKind.APPOINTMENT_REMINDER, Map.of(
                "dateLabel", FrenchFormat.dayAndDate(at), "timeLabel", FrenchFormat.time(at), "where", where(booking, journey)),
                invitation(booking, journey, false));
    }

    /**
     * The participant's invitation to the appointment booked at {@code booking}: one UID per booking, its
     * SEQUENCE raised at each move or cancellation; place or video link, and the team's phone.
     */
    public CalendarInvitation invitation(Appointment booking, Journey journey, boolean cancel) {
        Territory territory = territories.findById(journey.getTerritoryCode()).orElseThrow();
        Method method = cancel ? new Method(Method.VALUE_CANCEL) : new Method(Method.VALUE_REQUEST);
        Calendar calendar = ICalendars.calendar(method);
        String where = where(booking, journey);
        calendar.add(ICalendars.event(uid(booking), booking.getNextAppointmentSequence(), booking.getNextAppointmentAt(),
                BOOKED_MINUTES,
                "Rendez-vous avec votre conseiller·ère (" + territory.getName() + ")",
                booking.getNextAppointmentMode() == AppointmentMode.VIDEO || booking.getNextAppointmentMode() == AppointmentMode.PHONE
                        || booking.getNextAppointmentMode() == AppointmentMode.HOME_VISIT ? booking.getNextAppointmentMode().label()
                        : where.replaceFirst("^Lieu : ", "").replaceFirst("\\.$", ""),
                where + "\nEn cas d'empêchement : " + territory.getPhone() + ".", cancel));
        return new CalendarInvitation(method.getValue(), calendar.toString());
    }

    /** One per booked appointment, kept when it moves: calendars update the event instead of adding one. */
    public static String uid(Appointment booking) {
        return "appointment-" + booking.getId();
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
            case ON_SITE -> "Lieu : " + (hasPlace ? place : territory.postalAddress()) + ".";
        };
    }

    private String outreachDesk(Territory territory) {
        List<OutreachDesk> territoryDesks = desks.findByTerritoryCodeOrderByName(territory.getCode());
        return (territoryDesks.isEmpty() ? territory.postalAddress() : territoryDesks.get(0).postalAddress()) + ".";
    }
}
