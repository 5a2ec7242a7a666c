package fr.poleess.support.agenda.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.appointment.Appointment;
import fr.poleess.support.appointment.AppointmentMode;
import fr.poleess.support.appointment.Appointments;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.journey.Participant;
import fr.poleess.support.territory.OutreachDesk;
import fr.poleess.support.territory.OutreachDesks;
import fr.poleess.support.territory.Territories;
import fr.poleess.support.territory.Territory;
import fr.poleess.support.workshop.CollectiveSession;
import fr.poleess.support.workshop.CollectiveSessions;
import fr.poleess.support.workshop.PlaceKind;
import fr.poleess.support.workshop.RegistrationStatus;
import fr.poleess.support.workshop.Registrations;
import fr.poleess.support.workshop.SessionRegistration;
import fr.poleess.support.workshop.SessionSlot;
import fr.poleess.support.workshop.SessionStatus;

/**
 * What an advisor has planned: the appointments booked with the people they are referent of, and the
 * collective session slots they facilitate, only in the territories they serve (their groups now, so
 * that leaving a team stops the feed at once).
 */
@Service
class AdvisorAgenda {

    private final Appointments appointments;
    private final Journeys journeys;
    private final CollectiveSessions sessions;
    private final Registrations registrations;
    private final Territories territories;
    private final OutreachDesks desks;
    private final IdentityService identityService;

    AdvisorAgenda(Appointments appointments, Journeys journeys, CollectiveSessions sessions, Registrations registrations,
            Territories territories, OutreachDesks desks, IdentityService identityService) {
        this.appointments = appointments;
        this.journeys = journeys;
        this.sessions = sessions;
        this.registrations = registrations;
        this.territories = territories;
        this.desks = desks;
        this.identityService = identityService;
    }

    /** The territories an advisor serves: those whose advisors group they belong to. */
    Set<String> territoriesOf(String advisor) {
        // Whoever asks (a feed has no login at all), the advisor's teams are not a matter of their rights.
        org.camunda.bpm.engine.impl.identity.Authentication current = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        List<String> groups;
        try {
            groups = identityService.createGroupQuery().groupMember(advisor).list().stream().map(Group::getId).toList();
        } finally {
            if (current != null) {
                identityService.setAuthentication(current);
            }
        }
        if (groups.isEmpty()) {
            return Set.of();
        }
        return territories.findByAdvisorsGroupIn(groups).stream().map(Territory::getCode).collect(Collectors.toSet());
    }

    /** Every member of a territory's advisors group, by user id: whom an administrator may give a feed to. */
    List<String> advisors() {
        org.camunda.bpm.engine.impl.identity.Authentication current = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return territories.findAll().stream().map(Territory::getAdvisorsGroup).distinct()
                    .flatMap(group -> identityService.createUserQuery().memberOfGroup(group).list().stream())
                    .map(org.camunda.bpm.engine.identity.User::getId).distinct().sorted().toList();
        } finally {
            if (current != null) {
                identityService.setAuthentication(current);
            }
        }
    }

    /** Appointments and slots of {@code advisor} from {@code from} (included) to {@code to} (excluded), by time. */
    @Transactional(readOnly = true)
    List<Item> between(String advisor, Collection<String> territoryCodes, LocalDate from, LocalDate to) {
        List<Item> items = new ArrayList<>();
        if (territoryCodes.isEmpty()) {
            return items;
        }
        List<Appointment> bookings = appointments.findStandingBookingsBetween(from, to);
        Map<Long, Journey> byId = journeys.findAllById(bookings.stream().map(Appointment::getJourneyId).toList()).stream()
                .collect(Collectors.toMap(Journey::getId, Function.identity()));
        for (Appointment booking : bookings) {
            Journey journey = byId.get(booking.getJourneyId());
            if (journey != null && advisor.equals(journey.getReferentAdvisor())
                    && territoryCodes.contains(journey.getTerritoryCode())) {
                items.add(appointment(booking, journey));
            }
        }
        for (CollectiveSession session : sessions.search(territoryCodes, null, null, from.atStartOfDay(), to.atStartOfDay())) {
            if (session.getStatus() == SessionStatus.CANCELLED || !session.getAdvisors().contains(advisor)) {
                continue;
            }
            List<String> registered = registrations.findBySessionIdOrderByRegisteredAtAscIdAsc(session.getId()).stream()
                    .filter(r -> r.getStatus() == RegistrationStatus.REGISTERED).map(this::registeredName).toList();
            for (SessionSlot slot : session.plannedSlots()) {
                if (!slot.getStartsAt().toLocalDate().isBefore(from) && slot.getStartsAt().toLocalDate().isBefore(to)) {
                    items.add(new Item(Item.Kind.SESSION, "session-slot-" + slot.getId(), slot.getStartsAt(),
                            slot.getDurationMinutes(), session.getKind().label() + " : " + session.getTitle(), null,
                            null, null, null, sessionPlace(session), null, session.getTerritoryCode(), registered, slot.getSequence(), null));
                }
            }
        }
        items.sort(Comparator.comparing(Item::at));
        return items;
    }

    private Item appointment(Appointment booking, Journey journey) {
        Participant p = journey.getParticipant();
        AppointmentMode mode = booking.getNextAppointmentMode();
        Territory territory = territories.findById(journey.getTerritoryCode()).orElseThrow();
        return new Item(Item.Kind.APPOINTMENT, "appointment-" + booking.getId(), booking.getNextAppointmentAt(), 60,
                p.getFirstName() + " " + p.getLastName(), initials(p), p.getCommuneName(), p.getPhone(),
                mode == null ? null : mode.label(), place(booking, journey, territory), booking.getNextSteps(),
                journey.getTerritoryCode(), List.of(), booking.getNextAppointmentSequence(), journey.getReference());
    }

    /** Where the advisor goes: the desk's or office's address, the person's home, or how to reach them. */
    private String place(Appointment booking, Journey journey, Territory territory) {
        String given = booking.getNextAppointmentPlace();
        boolean hasPlace = given != null && !given.isBlank();
        Participant p = journey.getParticipant();
        AppointmentMode mode = booking.getNextAppointmentMode();
        if (mode == null) {
            return hasPlace ? given : null;
        }
        return switch (mode) {
            case HOME_VISIT -> "Domicile : " + (p.getAddressLine() == null ? "" : p.getAddressLine() + ", ")
                    + (p.getPostalCode() == null ? "" : p.getPostalCode() + " ") + p.getCommuneName();
            case PHONE -> "Appeler le " + (p.getPhone() == null ? "(numéro non renseigné)" : p.getPhone());
            case VIDEO -> hasPlace ? given : "Visioconférence (lien non renseigné)";
            case OUTREACH_DESK -> hasPlace ? given : desk(territory);
            case ON_SITE -> hasPlace ? given : territory.postalAddress();
        };
    }

    private String desk(Territory territory) {
        List<OutreachDesk> list = desks.findByTerritoryCodeOrderByName(territory.getCode());
        return list.isEmpty() ? territory.postalAddress() : list.get(0).postalAddress();
    }

    private String sessionPlace(CollectiveSession session) {
        if (session.getPlaceKind() == PlaceKind.OUTREACH_DESK && session.getOutreachDeskId() != null) {
            return desks.findById(session.getOutreachDeskId()).map(OutreachDesk::postalAddress)
                    .orElse(session.getPlaceDetail());
        }
        if (session.getPlaceKind() == PlaceKind.OFFICE && (session.getPlaceDetail() == null || session.getPlaceDetail().isBlank())) {
            return territories.findById(session.getTerritoryCode()).map(Territory::postalAddress).orElse(null);
        }
        return session.getPlaceDetail();
    }

    private String registeredName(SessionRegistration r) {
        if (r.isProspect()) {
            return r.getProspectFirstName() + " " + r.getProspectLastName() + " (information collective)";
        }
        return journeys.findById(r.getJourneyId()).map(j -> j.getParticipant().getFirstName() + " "
                + j.getParticipant().getLastName() + (j.getParticipant().getPhone() == null ? ""
                        : " — " + j.getParticipant().getPhone()))
                .orElse("?");
    }

    /** « M. D. »: what the calendar feed shows instead of the name. */
    static String initials(Participant p) {
        return initial(p.getFirstName()) + " " + initial(p.getLastName());
    }

    private static String initial(String name) {
        return name == null || name.isBlank() ? "" : name.strip().substring(0, 1).toUpperCase(java.util.Locale.FRENCH) + ".";
    }

    /**
     * One line of the agenda. For an appointment: {@code person} is the full name (day sheet only),
     * {@code initials} and {@code commune} what the calendar feed may show.
     */
    record Item(Kind kind, String uid, LocalDateTime at, int minutes, String person, String initials, String commune,
            String phone, String mode, String place, String nextSteps, String territoryCode, List<String> registered,
            int sequence, String journeyReference) {

        enum Kind {
            APPOINTMENT, SESSION
        }
    }
}
