package fr.poleess.support.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Clock;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;

import fr.poleess.support.shared.FieldViolation;
import fr.poleess.support.shared.InputValidation;
import fr.poleess.support.shared.InvalidInputException;
import fr.poleess.support.territory.OutreachDesks;
import fr.poleess.support.territory.Territories;

/** What « Planifier le temps collectif » decides, in {@link SessionPlanning#decide}, without Spring or a database. */
class SessionPlanningDecisionTest {

    private final CollectiveSessions sessions = mock(CollectiveSessions.class);
    private final InputValidation validation = mock(InputValidation.class);
    private final RuntimeService runtimeService = mock(RuntimeService.class);
    private final SessionPlanning planning = new SessionPlanning(sessions, mock(Territories.class),
            mock(OutreachDesks.class), validation, runtimeService, Clock.systemUTC());

    @Test
    void noDecisionIsRefusedInFrench() {
        assertThatThrownBy(() -> planning.decide(null, null, List.of(), "conseiller.beaune", "process"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getViolations())
                        .containsExactly(new FieldViolation(CollectiveSessionProcess.PlanningForm.DECISION, "Décision",
                                "est obligatoire")));
        verifyNoInteractions(sessions, validation, runtimeService);
    }

    @Test
    void noSessionThisMonthSavesNothingWhateverTheFormHolds() {
        FieldViolation unread = new FieldViolation(CollectiveSessionProcess.PlanningForm.FIRST_DATE, "Date du 1er créneau",
                "n'est pas une date valide");

        assertThat(planning.decide(PlanningDecision.SKIP, null, List.of(unread), "conseiller.beaune", "process")).isEmpty();
        verifyNoInteractions(sessions, validation, runtimeService);
    }
}
