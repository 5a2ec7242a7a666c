package fr.poleess.support.journey.internal;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.poleess.support.access.CurrentUser;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.JourneyOpening;
import fr.poleess.support.journey.JourneySection;
import fr.poleess.support.journey.JourneyStatus;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.journey.NewParticipant;
import fr.poleess.support.journey.TimelineEntry;
import fr.poleess.support.shared.NotFoundException;
import fr.poleess.support.territory.Territories;
import fr.poleess.support.territory.Territory;

/**
 * {@code /api/journeys}: open a journey, list those the caller may see, read one with its timeline.
 * A journey of a territory the caller does not serve answers {@code 404}, exactly like one that
 * does not exist, so that its existence leaks nothing either.
 */
@RestController
@RequestMapping("/api/journeys")
class JourneyController {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final JourneyOpening opening;
    private final Journeys journeys;
    private final Territories territories;
    private final CurrentUser currentUser;
    private final List<JourneySection> sections;
    private final HistoryService historyService;
    private final TaskService taskService;

    JourneyController(JourneyOpening opening, Journeys journeys, Territories territories, CurrentUser currentUser,
            List<JourneySection> sections, HistoryService historyService, TaskService taskService) {
        this.opening = opening;
        this.journeys = journeys;
        this.territories = territories;
        this.currentUser = currentUser;
        this.sections = sections;
        this.historyService = historyService;
        this.taskService = taskService;
    }

    @PostMapping
    ResponseEntity<JourneyView.Detail> open(@Valid @RequestBody NewParticipant participant) {
        Journey journey = opening.open(participant);
        URI location = URI.create("/api/journeys/" + journey.getReference());
        JourneyView.Detail body = currentUser.canSee(journey.getTerritoryCode()) ? detail(journey)
                : new JourneyView.Detail(journey, territoryName(journey), Map.of(), List.of(), List.of());
        return ResponseEntity.created(location).body(body);
    }

    @GetMapping
    @Transactional(readOnly = true)
    List<JourneyView.Summary> list(@RequestParam(required = false) String territory,
            @RequestParam(required = false) JourneyStatus status) {
        var visible = currentUser.visibleTerritoryCodes();
        if (visible.isEmpty()) {
            return List.of();
        }
        return journeys.search(visible, territory, status).stream().map(JourneyView.Summary::of).toList();
    }

    @GetMapping("/{reference}")
    @Transactional(readOnly = true)
    JourneyView.Detail get(@PathVariable String reference) {
        Journey journey = journeys.findVisible(reference, currentUser.visibleTerritoryCodes())
                .orElseThrow(() -> new NotFoundException("Aucun parcours « " + reference + " » parmi ceux que vous suivez."));
        return detail(journey);
    }

    /** Pauses or resumes the participant's automatic messages (reminders); {@code {"paused": true}}. */
    @PutMapping("/{reference}/messages-paused")
    @Transactional
    ResponseEntity<Void> pauseMessages(@PathVariable String reference, @Valid @RequestBody MessagesPaused body) {
        Journey journey = journeys.findVisible(reference, currentUser.visibleTerritoryCodes())
                .orElseThrow(() -> new NotFoundException("Aucun parcours « " + reference + " » parmi ceux que vous suivez."));
        journey.getParticipant().pauseMessages(body.paused());
        return ResponseEntity.noContent().build();
    }

    record MessagesPaused(@jakarta.validation.constraints.NotNull(message = "est obligatoire") Boolean paused) {
    }

    private JourneyView.Detail detail(Journey journey) {
        Map<String, Object> details = new LinkedHashMap<>();
        List<TimelineEntry> timeline = new ArrayList<>();
        timeline.add(new TimelineEntry(journey.getOpenedOn().atStartOfDay(), "OPENED", "Parcours ouvert", null));
        for (JourneySection section : sections) {
            section.details(journey).ifPresent(d -> details.put(section.name(), d));
            timeline.addAll(section.timeline(journey));
        }
        List<JourneyView.OpenTask> openTasks = List.of();
        if (journey.getProcessInstanceId() != null) {
            historyService.createHistoricTaskInstanceQuery().processInstanceId(journey.getProcessInstanceId())
                    .finished().list()
                    .forEach(t -> timeline.add(new TimelineEntry(
                            LocalDateTime.ofInstant(t.getEndTime().toInstant(), PARIS), "TASK_COMPLETED",
                            "Tâche terminée : " + t.getName(), t.getAssignee())));
            openTasks = taskService.createTaskQuery().processInstanceId(journey.getProcessInstanceId())
                    .orderByTaskCreateTime().asc().list().stream()
                    .map(t -> new JourneyView.OpenTask(t.getId(), t.getName(), t.getAssignee(), t.getCreateTime()))
                    .toList();
        }
        timeline.sort(Comparator.comparing(TimelineEntry::at));
        return new JourneyView.Detail(journey, territoryName(journey), details, openTasks, timeline);
    }

    private String territoryName(Journey journey) {
        return territories.findById(journey.getTerritoryCode()).map(Territory::getName).orElse(journey.getTerritoryCode());
    }
}
