package fr.poleess.support.workshop;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.poleess.support.shared.FieldViolation;
import fr.poleess.support.shared.InputValidation;
import fr.poleess.support.shared.InvalidInputException;
import fr.poleess.support.territory.OutreachDesks;
import fr.poleess.support.territory.Territories;
import fr.poleess.support.workshop.CollectiveSessionProcess.Variables;
import fr.poleess.support.shared.FrenchFormat;

/**
 * Plans, cancels and closes collective sessions. Both ways of planning end here: {@code POST /api/sessions}
 * calls {@link #plan}, which saves the session and starts its process; the Tasklist start form and the
 * planning task call {@link #planInProcess} for the process already running. Same rules either way.
 */
@Service
public class SessionPlanning {

    /** A thematic workshop lasts 3 to 8 hours in total, over one or more slots. */
    public static final int WORKSHOP_MIN_MINUTES = 180;
    public static final int WORKSHOP_MAX_MINUTES = 480;

    private final CollectiveSessions sessions;
    private final Territories territories;
    private final OutreachDesks desks;
    private final InputValidation validation;
    private final RuntimeService runtimeService;
    private final Clock clock;

    SessionPlanning(CollectiveSessions sessions, Territories territories, OutreachDesks desks,
            InputValidation validation, RuntimeService runtimeService, Clock clock) {
        this.sessions = sessions;
        this.territories = territories;
        this.desks = desks;
        this.validation = validation;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /** Plans a session from our API and starts its process, registrations open. */
    @Transactional
    public CollectiveSession plan(PlanSession plan, String by) {
        CollectiveSession session = create(plan, List.of(), by);
        Map<String, Object> variables = processVariables(session);
        String instanceId = runtimeService.startProcessInstanceByKey(CollectiveSessionProcess.KEY,
                session.businessKey(), variables).getId();
        session.attachProcess(instanceId);
        return session;
    }

    /**
     * Plans the session of a process started in Tasklist or by the monthly petit déj' planning.
     *
     * @param readViolations values the caller could not even read (bad dates, unknown codes)
     */
    @Transactional
    public CollectiveSession planInProcess(PlanSession plan, List<FieldViolation> readViolations, String by,
            String processInstanceId) {
        CollectiveSession session = create(plan, readViolations, by);
        session.attachProcess(processInstanceId);
        return session;
    }

    /**
     * « Planifier le temps collectif » completed in the session's process: plans the session with the form's
     * values, or nothing when no session is held this month.
     *
     * @param decision        {@literal null} when the form gave none (or one it does not offer)
     * @param readViolations  values the caller could not even read; ignored when the session is skipped
     * @return the session planned, empty when skipped
     * @throws InvalidInputException without a decision, or when the plan breaks a rule
     */
    @Transactional
    public Optional<CollectiveSession> decide(PlanningDecision decision, PlanSession plan,
            List<FieldViolation> readViolations, String by, String processInstanceId) {
        if (decision == null) {
            throw new InvalidInputException(CollectiveSessionProcess.PlanningForm.DECISION, "Décision", "est obligatoire");
        }
        return switch (decision) {
            case SKIP -> Optional.empty();
            case PLAN -> Optional.of(planInProcess(plan, readViolations, by, processInstanceId));
        };
    }

    /** What the session's process needs to know: ids, display name, the slots to run over. */
    public Map<String, Object> processVariables(CollectiveSession session) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.SESSION_ID, session.getId());
        variables.put(Variables.TERRITORY_CODE, session.getTerritoryCode());
        variables.put(Variables.ADVISORS_GROUP, territories.advisorsGroupOf(session.getTerritoryCode()));
        variables.put(Variables.SESSION_NAME, session.displayName());
        variables.put(Variables.SLOT_IDS, new ArrayList<>(session.getSlots().stream().map(SessionSlot::getId).toList()));
        variables.put(Variables.FACILITATOR, session.getAdvisors().stream().sorted().findFirst().orElse(null));
        return variables;
    }

    /**
     * « Ouvrir les inscriptions »: the variables the slots and the prospects' follow-up run on, from the
     * session as saved (whichever way it was planned).
     */
    @Transactional(readOnly = true)
    public Map<String, Object> openRegistrations(Long sessionId) {
        Map<String, Object> variables = processVariables(sessions.require(sessionId));
        variables.put(Variables.CONTINUING_PROSPECTS, new ArrayList<Long>());
        return variables;
    }

    /**
     * Cancels a session that has not closed: its process notifies the registered people and ends.
     *
     * @throws InvalidInputException when it is closed or cancelled already, or no reason is given
     */
    @Transactional
    public CollectiveSession cancel(Long sessionId, String reason) {
        CollectiveSession session = sessions.require(sessionId);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Motif de l'annulation", "est obligatoire");
        }
        if (reason.length() > 1000) {
            throw new InvalidInputException("reason", "Motif de l'annulation", "1\u00a0000 caractères au plus");
        }
        if (session.getStatus() != SessionStatus.OPEN) {
            throw new InvalidInputException("status", "Statut", session.getStatus() == SessionStatus.CANCELLED
                    ? "ce temps collectif est déjà annulé" : "ce temps collectif est terminé : il ne peut plus être annulé");
        }
        if (session.getSlots().stream().anyMatch(SessionSlot::isAttendanceRecorded)) {
            throw new InvalidInputException("status", "Statut",
                    "l'émargement d'un créneau est déjà saisi : ce temps collectif a eu lieu et ne peut plus être annulé");
        }
        session.cancel(reason.strip());
        runtimeService.createMessageCorrelation(CollectiveSessionProcess.Messages.SESSION_CANCELLED)
                .processInstanceBusinessKey(session.businessKey())
                .processInstanceId(session.getProcessInstanceId())
                .correlateAllWithResult();
        return session;
    }

    /** « Clore le temps collectif »: every slot's attendance is recorded. */
    @Transactional
    public void close(Long sessionId) {
        CollectiveSession session = sessions.require(sessionId);
        if (session.getStatus() == SessionStatus.OPEN) {
            session.close();
        }
    }

    private CollectiveSession create(PlanSession plan, List<FieldViolation> readViolations, String by) {
        validation.check(plan, crossFieldViolations(plan, readViolations));
        return sessions.save(new CollectiveSession(plan, by, Instant.now(clock)));
    }

    private List<FieldViolation> crossFieldViolations(PlanSession plan, List<FieldViolation> readViolations) {
        List<FieldViolation> violations = new ArrayList<>(readViolations);
        if (plan.territoryCode() != null && !plan.territoryCode().isBlank()
                && territories.findById(plan.territoryCode()).isEmpty()) {
            violations.add(new FieldViolation("territoryCode", "Territoire",
                    "le territoire « " + plan.territoryCode() + " » n'existe pas"));
        }
        if (plan.placeKind() == PlaceKind.OUTREACH_DESK) {
            if (plan.outreachDeskId() == null) {
                violations.add(new FieldViolation("outreachDeskId", "Permanence",
                        "est obligatoire quand le temps collectif a lieu à une permanence"));
            } else if (desks.findById(plan.outreachDeskId())
                    .filter(d -> d.getTerritoryCode().equals(plan.territoryCode())).isEmpty()) {
                violations.add(new FieldViolation("outreachDeskId", "Permanence",
                        "n'est pas une permanence de ce territoire"));
            }
        } else if (plan.placeKind() == PlaceKind.PARTNER_ROOM && blank(plan.placeDetail())) {
            violations.add(new FieldViolation("placeDetail", "Adresse de la salle ou lien de visio",
                    "indiquez l'adresse de la salle du partenaire"));
        } else if (plan.placeKind() == PlaceKind.VIDEO
                && (blank(plan.placeDetail()) || !plan.placeDetail().strip().matches("^https://\\S+$"))) {
            violations.add(new FieldViolation("placeDetail", "Adresse de la salle ou lien de visio",
                    "indiquez le lien de la visioconférence (commençant par https://)"));
        }
        boolean noAdvisor = plan.facilitatorAdvisors() == null
                || plan.facilitatorAdvisors().stream().allMatch(SessionPlanning::blank);
        if (noAdvisor && blank(plan.partnerFacilitators())) {
            violations.add(new FieldViolation("facilitatorAdvisors", "Conseillers animateurs",
                    "indiquez au moins un·e animateur·rice : un·e conseiller·ère ou un·e intervenant·e partenaire"));
        }
        if (plan.slots() != null && plan.slots().stream().allMatch(s -> s != null && s.startsAt() != null
                && s.durationMinutes() != null)) {
            List<PlanSession.Slot> sorted = plan.slots().stream()
                    .sorted(java.util.Comparator.comparing(PlanSession.Slot::startsAt)).toList();
            for (int i = 1; i < sorted.size(); i++) {
                PlanSession.Slot previous = sorted.get(i - 1);
                if (previous.startsAt().plusMinutes(previous.durationMinutes()).isAfter(sorted.get(i).startsAt())) {
                    violations.add(new FieldViolation("slots", "Créneaux", "deux créneaux se chevauchent"));
                    break;
                }
            }
            int total = plan.slots().stream().mapToInt(PlanSession.Slot::durationMinutes).sum();
            if (plan.kind() == SessionKind.THEMATIC_WORKSHOP
                    && (total < WORKSHOP_MIN_MINUTES || total > WORKSHOP_MAX_MINUTES)) {
                violations.add(new FieldViolation("slots", "Créneaux",
                        "un atelier thématique dure de 3 à 8 heures au total (ici " + hours(total) + ")"));
            }
        }
        return violations;
    }

    /** "4 h 30", "3 h". */
    static String hours(int minutes) {
        return FrenchFormat.hours(minutes);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
