package fr.poleess.support.workshop.internal;

import static fr.poleess.support.workshop.CollectiveSessionProcess.PlanningForm.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import fr.poleess.support.shared.FieldViolation;
import fr.poleess.support.shared.FormLabels;
import fr.poleess.support.shared.FormValues;
import fr.poleess.support.workshop.PlaceKind;
import fr.poleess.support.workshop.PlanSession;
import fr.poleess.support.workshop.SessionKind;

/** Reads « Planifier le temps collectif » (start form or planning task) into a {@link PlanSession}. */
final class PlanningFormReader {

    /** The plan, and what could not even be read. */
    record Read(PlanSession plan, List<FieldViolation> violations) {
    }

    private PlanningFormReader() {
    }

    static Read read(Map<String, Object> variables) {
        FormValues form = FormValues.of(variables, PlanSession.class);
        List<FieldViolation> violations = new ArrayList<>();
        Long desk = null;
        String deskText = form.text(OUTREACH_DESK);
        if (deskText != null) {
            try {
                desk = Long.valueOf(deskText);
            } catch (NumberFormatException e) {
                violations.add(new FieldViolation(OUTREACH_DESK, FormLabels.of(PlanSession.class, OUTREACH_DESK), "la valeur « " + deskText + " » n'est pas proposée"));
            }
        }
        String advisorsText = form.text(FACILITATOR_ADVISORS);
        List<String> advisors = advisorsText == null ? List.of()
                : Arrays.stream(advisorsText.split("[,;\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        List<PlanSession.Slot> slots = new ArrayList<>();
        slot(form, FIRST_DATE, FIRST_TIME, FIRST_DURATION, "1er créneau", true, slots, violations);
        slot(form, SECOND_DATE, SECOND_TIME, SECOND_DURATION, "2e créneau", false, slots, violations);
        PlanSession plan = new PlanSession(form.code(KIND, SessionKind.class),
                form.text(TITLE), form.text(THEME), form.text(TERRITORY),
                form.code(PLACE_KIND, PlaceKind.class), desk, form.text(PLACE_DETAIL), advisors,
                form.text(PARTNER_FACILITATORS), form.integer(CAPACITY), slots);
        violations.addAll(0, form.violations());
        return new Read(plan, violations);
    }

    /**
     * The slots' fields have no component of {@link PlanSession} (it holds the slots as a list), and the form labels
     * both slots' fields alike (« Date », « Durée (minutes) »): a message names the slot so the advisor knows which.
     */
    private static void slot(FormValues form, String dateKey, String timeKey, String durationKey, String label,
            boolean required, List<PlanSession.Slot> slots, List<FieldViolation> violations) {
        LocalDate date = form.date(dateKey, "Date du " + label);
        LocalTime time = form.time(timeKey, "Heure du " + label);
        Integer duration = form.integer(durationKey, "Durée du " + label + " (minutes)");
        if (date == null && time == null && duration == null && !required) {
            return;
        }
        if (date == null) {
            violations.add(new FieldViolation(dateKey, "Date du " + label, "est obligatoire"));
        }
        if (time == null) {
            violations.add(new FieldViolation(timeKey, "Heure du " + label, "est obligatoire"));
        }
        if (duration == null) {
            violations.add(new FieldViolation(durationKey, "Durée du " + label + " (minutes)", "est obligatoire"));
        }
        if (date != null && time != null && duration != null) {
            slots.add(new PlanSession.Slot(date.atTime(time), duration));
        }
    }

    /** The form's keys, removed once the session is saved so they do not linger as process variables. */
    static List<String> keys() {
        return List.of(KIND, TITLE, THEME, TERRITORY, PLACE_KIND, OUTREACH_DESK, PLACE_DETAIL, FACILITATOR_ADVISORS,
                PARTNER_FACILITATORS, CAPACITY, FIRST_DATE, FIRST_TIME, FIRST_DURATION, SECOND_DATE, SECOND_TIME,
                SECOND_DURATION);
    }
}
