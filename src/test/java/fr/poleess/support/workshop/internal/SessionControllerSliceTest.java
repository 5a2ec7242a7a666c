package fr.poleess.support.workshop.internal;

import static fr.poleess.support.SliceProblems.askedToLogInInFrench;
import static fr.poleess.support.SliceUsers.advisor;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.poleess.support.ApiSlice;
import fr.poleess.support.shared.NotFoundException;
import fr.poleess.support.workshop.PlaceKind;
import fr.poleess.support.workshop.SessionKind;
import fr.poleess.support.workshop.SessionStatus;

/** {@code /api/sessions} without starting the application: its request bodies, problems and answers. */
@ApiSlice(SessionController.class)
class SessionControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SessionQueries queries;

    @MockitoBean
    SessionActions actions;

    @Test
    void nobodyLoggedInIsAskedToLogIn() throws Exception {
        mvc.perform(get("/api/sessions")).andExpect(askedToLogInInFrench());
        verifyNoInteractions(queries, actions);
    }

    @Test
    void aCancellationNeedsAReasonOfAtMostAThousandCharacters() throws Exception {
        mvc.perform(post("/api/sessions/7/cancel").with(advisor()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Saisie à corriger : Motif de l'annulation : est obligatoire."))
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].label").value("Motif de l'annulation"));
        mvc.perform(post("/api/sessions/7/cancel").with(advisor()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"" + "x".repeat(1001) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("1\u00a0000 caractères au plus"));
        mvc.perform(post("/api/sessions/7/cancel").with(advisor()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"Animatrice malade\", \"motif\": \"?\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("motif"));
        verifyNoInteractions(actions);
    }

    @Test
    void aCancellationWithItsReasonGoesToTheService() throws Exception {
        when(actions.cancel(7L, "Animatrice malade")).thenReturn(detail(SessionStatus.CANCELLED));
        mvc.perform(post("/api/sessions/7/cancel").with(advisor()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"Animatrice malade\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"));
        verify(actions).cancel(7L, "Animatrice malade");
    }

    @Test
    void aSessionOfAnotherTerritoryIsNotFound() throws Exception {
        when(queries.detail(8L)).thenThrow(new NotFoundException("Aucun temps collectif 8 parmi ceux de vos territoires."));
        mvc.perform(get("/api/sessions/8").with(advisor()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:problem:not-found"))
                .andExpect(jsonPath("$.detail").value("Aucun temps collectif 8 parmi ceux de vos territoires."));
    }

    @Test
    void aBadDateInTheListIsNamed() throws Exception {
        mvc.perform(get("/api/sessions").param("from", "demain").with(advisor()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        verifyNoInteractions(queries);
    }

    @Test
    void aPlannedSessionAnswersWithItsAddress() throws Exception {
        when(actions.plan(any())).thenReturn(detail(SessionStatus.OPEN));
        mvc.perform(post("/api/sessions").with(advisor()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"THEMATIC_WORKSHOP\", \"title\": \"Atelier\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/sessions/7"));
    }

    private static SessionView.Detail detail(SessionStatus status) {
        return new SessionView.Detail(7L, SessionKind.THEMATIC_WORKSHOP, SessionKind.THEMATIC_WORKSHOP.label(), "Atelier", null, "BEA",
                PlaceKind.OFFICE, null, null, "Nos locaux", Set.of("conseiller.beaune"), null, 12, status, null,
                List.of(), List.of());
    }
}
