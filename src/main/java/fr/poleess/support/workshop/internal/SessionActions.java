package fr.poleess.support.workshop.internal;

import java.util.Optional;

import org.springframework.stereotype.Service;

import fr.poleess.support.access.CurrentUser;
import fr.poleess.support.shared.InvalidInputException;
import fr.poleess.support.workshop.CollectiveSession;
import fr.poleess.support.workshop.PlanSession;
import fr.poleess.support.workshop.RegisterForSession;
import fr.poleess.support.workshop.SessionPlanning;
import fr.poleess.support.workshop.SessionRegistering;
import fr.poleess.support.workshop.SessionRegistration;

/**
 * What the current user does to collective sessions through {@code /api/sessions}: only on sessions of
 * the territories they serve, each change made by the module's own service ({@link SessionPlanning},
 * {@link SessionRegistering}) in its transaction, and answered with the view {@link SessionQueries}
 * builds once it has committed.
 */
@Service
class SessionActions {

    private final SessionPlanning planning;
    private final SessionRegistering registering;
    private final SessionQueries queries;
    private final CurrentUser currentUser;

    SessionActions(SessionPlanning planning, SessionRegistering registering, SessionQueries queries,
            CurrentUser currentUser) {
        this.planning = planning;
        this.registering = registering;
        this.queries = queries;
        this.currentUser = currentUser;
    }

    SessionView.Detail plan(PlanSession plan) {
        if (plan.territoryCode() != null && !plan.territoryCode().isBlank()
                && !currentUser.canSee(plan.territoryCode())) {
            throw new InvalidInputException("territoryCode", "Territoire",
                    "vous ne pouvez planifier un temps collectif que sur un territoire que vous suivez");
        }
        CollectiveSession session = planning.plan(plan, currentUser.userId());
        return queries.detail(session.getId());
    }

    SessionView.Registration register(Long sessionId, RegisterForSession input) {
        queries.requireVisible(sessionId);
        SessionRegistration registration = registering.register(sessionId, input, currentUser.userId(),
                currentUser.visibleTerritoryCodes());
        return queries.registration(registration);
    }

    SessionView.Cancelled cancelRegistration(Long sessionId, Long registrationId) {
        queries.requireVisible(sessionId);
        Optional<SessionRegistration> movedUp = registering.cancel(sessionId, registrationId);
        return new SessionView.Cancelled(registrationId, movedUp.map(queries::registration).orElse(null));
    }

    /** Cancels the session; everyone registered or waiting is told. */
    SessionView.Detail cancel(Long sessionId, String reason) {
        queries.requireVisible(sessionId);
        planning.cancel(sessionId, reason);
        return queries.detail(sessionId);
    }
}
