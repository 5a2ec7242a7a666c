package fr.poleess.support.reminder;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.appointment.Appointment;
import fr.poleess.support.appointment.AppointmentRecorded;
import fr.poleess.support.appointment.Appointments;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.messaging.MessageKind;
import fr.poleess.support.messaging.Messages;
import fr.poleess.support.territory.OutreachDesk;
import fr.poleess.support.territory.OutreachDesks;
import fr.poleess.support.territory.Territories;
import fr.poleess.support.territory.Territory;

/**
 * Books the reminder of a participant's next appointment and, when its timer fires, writes the
 * message: date and time in French, and where to go — the office or outreach desk's address, the
 * video link, or that the advisor will call.
 */
@Service
public class AppointmentReminders {

    static final String REPLACED = "Nouveau rendez-vous enregistré : rappel remplacé";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H' h 'mm", Locale.FRENCH);

    private final Journeys journeys;
    private final Appointments appointments;
    private final Territories territories;
    private final OutreachDesks desks;
    private final Messages messages;
    private final RuntimeService runtimeService;
    private final ReminderSettings settings;

    AppointmentReminders(Journeys journeys, Appointments appointments, Territories territories, OutreachDesks desks,
            Messages messages, RuntimeService runtimeService, ReminderSettings settings) {
        this.journeys = journeys;
        this.appointments = appointments;
        this.territories = territories;
        this.desks = desks;
        this.messages = messages;
        this.runtimeService = runtimeService;
        this.settings = settings;
    }

    /** Each recorded appointment replaces the journey's pending reminder by one for the newly booked appointment. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(AppointmentRecorded recorded) {
        Journey journey = journeys.require(recorded.journeyId());
        runtimeService.createProcessInstanceQuery().processDefinitionKey(AppointmentReminderProcess.KEY)
                .processInstanceBusinessKey(journey.getReference()).list()
                .forEach(pending -> runtimeService.deleteProcessInstance(pending.getId(), REPLACED, true, true));
        Date appointmentAt = ReminderSettings.toDate(recorded.nextAppointmentAt());
        if (appointmentAt != null && settings.appointmentReminderAt(appointmentAt) != null) {
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
                "dateLabel", DATE.format(at), "timeLabel", TIME.format(at), "where", where(booking, journey)));
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
