package fr.poleess.support.workshop;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.territory.OutreachDesk;
import fr.poleess.support.territory.OutreachDesks;
import fr.poleess.support.territory.Territories;
import fr.poleess.support.territory.Territory;
import fr.poleess.support.workshop.CollectiveSessionProcess.PlanningForm;
import fr.poleess.support.workshop.CollectiveSessionProcess.Variables;
import fr.poleess.support.shared.FrenchFormat;

/**
 * The monthly petit déj': opens, in each territory, « Planifier le temps collectif » for next month's
 * breakfast, its form filled in from last month's (same weekday of the month, time, place, facilitators
 * and places); from the settings when there was none.
 */
@Service
public class BreakfastProposals {

    private final CollectiveSessions sessions;
    private final Territories territories;
    private final OutreachDesks desks;
    private final WorkshopSettings settings;
    private final RuntimeService runtimeService;
    private final Clock clock;

    BreakfastProposals(CollectiveSessions sessions, Territories territories, OutreachDesks desks,
            WorkshopSettings settings, RuntimeService runtimeService, Clock clock) {
        this.sessions = sessions;
        this.territories = territories;
        this.desks = desks;
        this.settings = settings;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /** « Proposer les petits déj' du mois prochain »: one planning task per territory. */
    @Transactional
    public int proposeNextMonth() {
        LocalDate nextMonth = LocalDate.now(clock).plusMonths(1).withDayOfMonth(1);
        List<Territory> all = territories.findAllByOrderByCode();
        for (Territory territory : all) {
            Map<String, Object> variables = proposal(territory, nextMonth);
            variables.put(Variables.PLANNING_TASK_NEEDED, true);
            variables.put(Variables.TERRITORY_CODE, territory.getCode());
            variables.put(Variables.ADVISORS_GROUP, territory.getAdvisorsGroup());
            variables.put(Variables.SESSION_NAME, "Petit déj' de " + FrenchFormat.monthAndYear(YearMonth.from(nextMonth)) + " — " + territory.getName());
            runtimeService.startProcessInstanceByKey(CollectiveSessionProcess.KEY,
                    "BREAKFAST-" + territory.getCode() + "-" + nextMonth.toString().substring(0, 7), variables);
        }
        return all.size();
    }

    /** The planning form's values for the territory's breakfast of {@code month} (its first day). */
    Map<String, Object> proposal(Territory territory, LocalDate month) {
        Optional<CollectiveSession> last = sessions.latestBefore(territory.getCode(), SessionKind.BREAKFAST,
                month.atStartOfDay()).stream().findFirst();
        Map<String, Object> form = new HashMap<>();
        form.put(PlanningForm.KIND, SessionKind.BREAKFAST.name());
        form.put(PlanningForm.TITLE, "Petit déj' de " + FrenchFormat.monthAndYear(YearMonth.from(month)));
        form.put(PlanningForm.TERRITORY, territory.getCode());
        if (last.isPresent()) {
            CollectiveSession previous = last.get();
            SessionSlot slot = previous.getSlots().get(0);
            form.put(PlanningForm.THEME, previous.getTheme());
            form.put(PlanningForm.PLACE_KIND, previous.getPlaceKind().name());
            if (previous.getOutreachDeskId() != null) {
                form.put(PlanningForm.OUTREACH_DESK, previous.getOutreachDeskId().toString());
            }
            form.put(PlanningForm.PLACE_DETAIL, previous.getPlaceDetail());
            form.put(PlanningForm.FACILITATOR_ADVISORS, String.join(", ", previous.getAdvisors().stream().sorted().toList()));
            form.put(PlanningForm.PARTNER_FACILITATORS, previous.getPartnerFacilitators());
            form.put(PlanningForm.CAPACITY, previous.getCapacity());
            put(form, sameWeekdayOfMonth(slot.getStartsAt(), month), slot.getDurationMinutes());
        } else {
            List<OutreachDesk> territoryDesks = desks.findByTerritoryCodeOrderByName(territory.getCode());
            if (territoryDesks.isEmpty()) {
                form.put(PlanningForm.PLACE_KIND, PlaceKind.OFFICE.name());
            } else {
                form.put(PlanningForm.PLACE_KIND, PlaceKind.OUTREACH_DESK.name());
                form.put(PlanningForm.OUTREACH_DESK, territoryDesks.get(0).getId().toString());
            }
            form.put(PlanningForm.CAPACITY, settings.breakfastCapacity());
            put(form, month.with(TemporalAdjusters.firstInMonth(DayOfWeek.FRIDAY)).atTime(settings.breakfastTime()),
                    settings.breakfastDurationMinutes());
        }
        form.values().removeIf(java.util.Objects::isNull);
        return form;
    }

    /** The 2nd Tuesday of last month gives the 2nd Tuesday of {@code month} (the last one when there is no 5th). */
    static LocalDateTime sameWeekdayOfMonth(LocalDateTime previous, LocalDate month) {
        int ordinal = (previous.getDayOfMonth() - 1) / 7 + 1;
        LocalDate day = month.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, previous.getDayOfWeek()));
        if (day.getMonth() != month.getMonth()) {
            day = month.with(TemporalAdjusters.lastInMonth(previous.getDayOfWeek()));
        }
        return day.atTime(previous.toLocalTime());
    }

    private static void put(Map<String, Object> form, LocalDateTime at, int durationMinutes) {
        form.put(PlanningForm.FIRST_DATE, at.toLocalDate().toString());
        form.put(PlanningForm.FIRST_TIME, at.toLocalTime().toString());
        form.put(PlanningForm.FIRST_DURATION, durationMinutes);
    }
}
