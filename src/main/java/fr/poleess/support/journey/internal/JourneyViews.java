package fr.poleess.support.journey.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.access.CurrentUser;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.JourneyOpening;
import fr.poleess.support.journey.JourneySection;
import fr.poleess.support.journey.JourneyStatus;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.journey.NewParticipant;
import fr.poleess.support.journey.TimelineEntry;
import fr.poleess.support.shared.NotFoundException;
import fr.poleess.support.territory.TerritoryDirectory;
import fr.poleess.support.territory.Territory;

/**
 * What {@code /api/journeys} shows of journeys, for the current user: those of the territories they
 * serve, each with its modules' sections, open tasks and timeline. A journey of another territory is
 * not found, exactly like one that does not exist.
 */
@Service
class JourneyViews {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final JourneyOpening opening;
    private final Journeys journeys;
    private final TerritoryDirectory territories;
    private final CurrentUser currentUser;
    private final List<JourneySection> sections;
    private final HistoryService historyService;

    JourneyViews(JourneyOpening opening, Journeys journeys, TerritoryDirectory territories, CurrentUser currentUser,
            List<JourneySection> sections, HistoryService historyService) {
        this.opening = opening;
        this.journeys = journeys;
        this.territories = territories;
        this.currentUser = currentUser;
        this.sections = sections;
        this.historyService = historyService;
    }

    /**
     * Opens the journey and shows it; to someone who does not serve its territory (the commune routed
     * it elsewhere) only the journey itself, none of its sections or tasks.
     */
    JourneyView.Detail open(NewParticipant participant) {
        Journey journey = opening.open(participant);
        return currentUser.canSee(journey.getTerritoryCode()) ? detail(journey)
                : new JourneyView.Detail(journey, territoryName(journey), Map.of(), List.of(), List.of());
    }

    @Transactional(readOnly = true)
    List<JourneyView.Summary> list(String territory, JourneyStatus status) {
        var visible = currentUser.visibleTerritoryCodes();
        if (visible.isEmpty()) {
            return List.of();
        }
        return journeys.search(visible, territory, status).stream().map(JourneyView.Summary::of).toList();
    }

    @Transactional(readOnly = true)
    JourneyView.Detail get(String reference) {
        return detail(requireVisible(reference));
    }

    /** The journey if the current user serves its territory; {@link NotFoundException} otherwise. */
    Journey requireVisible(String reference) {
        return journeys.findVisible(reference, currentUser.visibleTerritoryCodes()).orElseThrow(() -> notFound(reference));
    }

    static NotFoundException notFound(String reference) {
        return new NotFoundException("Aucun parcours « " + reference + " » parmi ceux que vous suivez.");
    }

    private JourneyView.Detail detail(Journey journey) {
        Map<String, Object> details = new LinkedHashMap<>();
        List<TimelineEntry> timeline = new ArrayList<>();
        timeline.add(new TimelineEntry(journey.getOpenedOn().atStartOfDay(), "OPENED", "Parcours ouvert", null));
        for (JourneySection section : sections) {
            JourneySection.Part part = section.read(journey);
            if (part.details() != null) {
                details.put(section.name(), part.details());
            }
            timeline.addAll(part.timeline());
        }
        List<JourneyView.OpenTask> openTasks = List.of();
        if (journey.getProcessInstanceId() != null) {
            // One statement for both: history holds the open tasks too (same id, name, assignee, creation).
            List<HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery()
                    .processInstanceId(journey.getProcessInstanceId()).list();
            tasks.stream().filter(t -> t.getEndTime() != null)
                    .forEach(t -> timeline.add(new TimelineEntry(
                            LocalDateTime.ofInstant(t.getEndTime().toInstant(), PARIS), "TASK_COMPLETED",
                            "Tâche terminée : " + t.getName(), t.getAssignee())));
            openTasks = tasks.stream().filter(t -> t.getEndTime() == null)
                    .sorted(Comparator.comparing(HistoricTaskInstance::getStartTime))
                    .map(t -> new JourneyView.OpenTask(t.getId(), t.getName(), t.getAssignee(), t.getStartTime()))
                    .toList();
        }
        timeline.sort(Comparator.comparing(TimelineEntry::at));
        return new JourneyView.Detail(journey, territoryName(journey), details, openTasks, timeline);
    }

    private String territoryName(Journey journey) {
        return territories.find(journey.getTerritoryCode()).map(Territory::getName).orElse(journey.getTerritoryCode());
    }
}
