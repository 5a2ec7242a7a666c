package fr.poleess.support.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.JourneyStatus;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.territory.OutreachDesk;
import fr.poleess.support.territory.OutreachDesks;
import fr.poleess.support.workshop.CollectiveSession;
import fr.poleess.support.workshop.CollectiveSessionProcess;
import fr.poleess.support.workshop.CollectiveSessions;
import fr.poleess.support.workshop.PlaceKind;
import fr.poleess.support.workshop.PlanSession;
import fr.poleess.support.workshop.RegisterForSession;
import fr.poleess.support.workshop.RegistrationStatus;
import fr.poleess.support.workshop.Registrations;
import fr.poleess.support.workshop.SessionKind;
import fr.poleess.support.workshop.SessionPlanning;
import fr.poleess.support.workshop.SessionRegistering;
import fr.poleess.support.workshop.SessionRegistration;

/**
 * Seeds demo collective sessions once, after the demo journeys (the application is ready by then): in
 * each territory an information session and a petit déj' held last month, their attendance recorded
 * through « Saisir l'émargement », and a two-slot thematic workshop to come with people registered.
 * <p>
 * Past sessions are planned as they are, their people registered as of three days before (explicit times:
 * the clock that timers and services read is never moved); their slots' end timers, due already, run and
 * their attendance is recorded. Only in the demo run, at startup.
 */
@Component
@ConditionalOnProperty(name = "support.demo.enabled", havingValue = "true")
class DemoCollectiveSessions {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCollectiveSessions.class);
    private static final Map<String, String> ADVISORS = Map.of("BEA", "conseiller.beaune", "CHA", "conseiller.chatillon",
            "DIJ", "conseiller.dijon");

    private final CollectiveSessions sessions;
    private final SessionPlanning planning;
    private final SessionRegistering registering;
    private final Registrations registrations;
    private final Journeys journeys;
    private final OutreachDesks desks;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final Clock clock;

    DemoCollectiveSessions(CollectiveSessions sessions, SessionPlanning planning, SessionRegistering registering,
            Registrations registrations, Journeys journeys, OutreachDesks desks, TaskService taskService,
            ManagementService managementService, Clock clock) {
        this.clock = clock;
        this.sessions = sessions;
        this.planning = planning;
        this.registering = registering;
        this.registrations = registrations;
        this.journeys = journeys;
        this.desks = desks;
        this.taskService = taskService;
        this.managementService = managementService;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void seed() {
        if (sessions.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        for (String territory : List.of("BEA", "CHA", "DIJ")) {
            seed(territory, today);
        }
        LOG.info("Demo collective sessions seeded: {}", sessions.count());
    }

    private void seed(String territory, LocalDate today) {
        String advisor = ADVISORS.get(territory);
        List<Journey> people = journeys.search(Set.of(territory), territory, null).stream()
                .filter(j -> j.getStatus() != JourneyStatus.CLOSED).toList();

        LocalDateTime information = today.minusMonths(1).withDayOfMonth(8).atTime(14, 0);
        CollectiveSession info = planning.plan(plan(SessionKind.INFORMATION_SESSION, "Créer son activité : par où commencer ?",
                "Les étapes, l'accompagnement proposé, les financements possibles", territory, advisor, 15,
                List.of(new PlanSession.Slot(information, 120))), advisor);
        Instant infoRegistered = threeDaysBefore(information);
        registering.registerAsOf(infoRegistered, info.getId(), new RegisterForSession(null, new RegisterForSession.Prospect(
                "Nadia", "Benhamou", communeOf(territory), "nadia.benhamou@example.org", null)), advisor, Set.of(territory));
        registering.registerAsOf(infoRegistered, info.getId(), new RegisterForSession(null, new RegisterForSession.Prospect(
                "Jérôme", "Lacôte", communeOf(territory), null, "06 45 67 89 10")), advisor, Set.of(territory));
        // Both prospects came; Nadia wants to go on: « Ouvrir le parcours du prospect » waits for the advisor.
        recordAttendance(info, true, true);

        LocalDateTime breakfast = today.minusMonths(1).withDayOfMonth(1)
                .with(java.time.temporal.TemporalAdjusters.firstInMonth(java.time.DayOfWeek.FRIDAY)).atTime(9, 30);
        CollectiveSession petitDej = planning.plan(plan(SessionKind.BREAKFAST, "Petit déj' des créateurs",
                "Échanges entre porteurs de projet, autour d'un café", territory, advisor, 12,
                List.of(new PlanSession.Slot(breakfast, 120))), advisor);
        people.forEach(j -> registering.registerAsOf(threeDaysBefore(breakfast), petitDej.getId(),
                new RegisterForSession(j.getReference(), null), advisor, Set.of(territory)));
        // The first registered was there; the others missed it without excuse.
        recordAttendance(petitDej, false, false);

        LocalDateTime workshop = today.plusDays(9).atTime(9, 0);
        CollectiveSession upcoming = planning.plan(plan(SessionKind.THEMATIC_WORKSHOP, "Construire son prévisionnel financier",
                "Chiffre d'affaires, charges, seuil de rentabilité, plan de financement", territory, advisor, 8,
                List.of(new PlanSession.Slot(workshop, 210), new PlanSession.Slot(workshop.plusDays(7), 210))), advisor);
        people.forEach(j -> registering.register(upcoming.getId(), new RegisterForSession(j.getReference(), null), advisor,
                Set.of(territory)));
    }

    /** When people registered for a past session: three days before it. */
    private Instant threeDaysBefore(LocalDateTime at) {
        return at.minusDays(3).atZone(clock.getZone()).toInstant();
    }

    /**
     * Runs the session's slot end timer and records its attendance as the facilitator would: the first
     * registered present (or everyone), and the prospects who want to go on.
     */
    private void recordAttendance(CollectiveSession session, boolean everyonePresent, boolean prospectsGoOn) {
        String instance = sessions.require(session.getId()).getProcessInstanceId();
        // The reminder's timer first, then the slot's end, which only exists once the reminder has run.
        for (int round = 0; round < 3; round++) {
            managementService.createJobQuery().processInstanceId(instance).timers().list().forEach(this::run);
        }
        Task task = taskService.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(CollectiveSessionProcess.Elements.RECORD_ATTENDANCE).singleResult();
        if (task == null) {
            LOG.warn("Demo: no attendance task for session {}", session.getId());
            return;
        }
        List<SessionRegistration> seated = registrations.findBySessionIdOrderByRegisteredAtAscIdAsc(session.getId())
                .stream().filter(r -> r.getStatus() == RegistrationStatus.REGISTERED).toList();
        List<String> present = (everyonePresent ? seated : seated.stream().limit(1).toList()).stream()
                .map(r -> r.getId().toString()).toList();
        List<String> continuing = prospectsGoOn ? seated.stream().filter(SessionRegistration::isProspect).limit(1)
                .map(r -> r.getId().toString()).toList() : List.of();
        Map<String, Object> values = new HashMap<>();
        values.put(CollectiveSessionProcess.AttendanceForm.PRESENT, new ArrayList<>(present));
        values.put(CollectiveSessionProcess.AttendanceForm.EXCUSED, new ArrayList<String>());
        values.put(CollectiveSessionProcess.AttendanceForm.CONTINUING, new ArrayList<>(continuing));
        values.put(CollectiveSessionProcess.AttendanceForm.CONFIRMED, true);
        taskService.complete(task.getId(), values);
        managementService.createJobQuery().processInstanceId(instance)
                .activityId(CollectiveSessionProcess.Elements.SEND_ATTENDANCE).list().forEach(this::run);
    }

    /** The job executor runs due timers too and may have taken this one already: then it is done or being done. */
    private void run(Job job) {
        try {
            managementService.executeJob(job.getId());
        } catch (OptimisticLockingException | org.camunda.bpm.engine.exception.NullValueException e) {
            LOG.debug("Demo: job {} already run by the job executor", job.getId());
        }
    }

    private PlanSession plan(SessionKind kind, String title, String theme, String territory, String advisor, int capacity,
            List<PlanSession.Slot> slots) {
        List<OutreachDesk> territoryDesks = desks.findByTerritoryCodeOrderByName(territory);
        boolean desk = !territoryDesks.isEmpty();
        return new PlanSession(kind, title, theme, territory, desk ? PlaceKind.OUTREACH_DESK : PlaceKind.OFFICE,
                desk ? territoryDesks.get(0).getId() : null, null, List.of(advisor),
                kind == SessionKind.THEMATIC_WORKSHOP ? "Mme Roy, expert-comptable (partenaire)" : null, capacity, slots);
    }

    private static String communeOf(String territory) {
        return switch (territory) {
            case "BEA" -> "Meursault";
            case "CHA" -> "Montbard";
            default -> "Longvic";
        };
    }

}
