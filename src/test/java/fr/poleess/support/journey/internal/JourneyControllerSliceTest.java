package fr.poleess.support.journey.internal;

import static fr.poleess.support.SliceProblems.askedToLogInInFrench;
import static fr.poleess.support.SliceUsers.advisor;
import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.poleess.support.ApiSlice;
import fr.poleess.support.access.CurrentUser;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.JourneyOpening;
import fr.poleess.support.journey.JourneySection;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.journey.Participant;
import fr.poleess.support.journey.ParticipantMessages;
import fr.poleess.support.territory.TerritoryDirectory;

/**
 * {@code /api/journeys} without starting the application, with the real {@link JourneyViews} over mocked
 * repositories: a journey of another territory answers {@code 404} exactly like an unknown one.
 */
@ApiSlice(JourneyController.class)
@Import(JourneyViews.class)
class JourneyControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Journeys journeys;
    @MockitoBean
    JourneyOpening opening;
    @MockitoBean
    TerritoryDirectory territories;
    @MockitoBean
    CurrentUser currentUser;
    @MockitoBean
    JourneySection section;
    @MockitoBean
    HistoryService historyService;
    @MockitoBean
    ParticipantMessages messages;

    @BeforeEach
    void beauneAdvisor() {
        when(currentUser.visibleTerritoryCodes()).thenReturn(Set.of("BEA"));
        when(section.read(any())).thenReturn(JourneySection.Part.none());
        when(journeys.findVisible(anyString(), any())).thenCallRealMethod();
        Journey beaune = journey("BEA-2026-001", "BEA");
        Journey chatillon = journey("CHA-2026-001", "CHA");
        when(journeys.findByReference("BEA-2026-001")).thenReturn(Optional.of(beaune));
        when(journeys.findByReference("CHA-2026-001")).thenReturn(Optional.of(chatillon));
    }

    @Test
    void nobodyLoggedInIsAskedToLogIn() throws Exception {
        mvc.perform(get("/api/journeys"))
                .andExpect(askedToLogInInFrench());
        verifyNoInteractions(journeys);
    }

    @Test
    void advisorsReadTheirTerritorysJourney() throws Exception {
        mvc.perform(get("/api/journeys/BEA-2026-001").with(advisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value("BEA-2026-001"))
                .andExpect(jsonPath("$.territory.code").value("BEA"))
                .andExpect(jsonPath("$.timeline[0].kind").value("OPENED"));
    }

    @Test
    void aJourneyOfAnotherTerritoryIsNotFoundLikeAnUnknownOne() throws Exception {
        for (String reference : new String[] { "CHA-2026-001", "BEA-2026-999" }) {
            mvc.perform(get("/api/journeys/" + reference).with(advisor()))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("urn:problem:not-found"))
                    .andExpect(jsonPath("$.title").value("Introuvable"))
                    .andExpect(jsonPath("$.detail").value("Aucun parcours « " + reference + " » parmi ceux que vous suivez."));
        }
    }

    @Test
    void pausingMessagesGoesToTheServiceOnlyForAVisibleJourney() throws Exception {
        when(messages.pauseMessages(eq("BEA-2026-001"), eq(Set.of("BEA")), anyBoolean())).thenReturn(true);
        mvc.perform(put("/api/journeys/BEA-2026-001/messages-paused").with(advisor())
                .contentType(MediaType.APPLICATION_JSON).content("{\"paused\": true}"))
                .andExpect(status().isNoContent());
        verify(messages).pauseMessages("BEA-2026-001", Set.of("BEA"), true);

        mvc.perform(put("/api/journeys/CHA-2026-001/messages-paused").with(advisor())
                .contentType(MediaType.APPLICATION_JSON).content("{\"paused\": true}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Aucun parcours « CHA-2026-001 » parmi ceux que vous suivez."));
    }

    @Test
    void aMissingValueIsNamedInFrench() throws Exception {
        mvc.perform(put("/api/journeys/BEA-2026-001/messages-paused").with(advisor())
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:problem:invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("paused"))
                .andExpect(jsonPath("$.errors[0].message").value("est obligatoire"));
        verifyNoInteractions(messages);

        mvc.perform(post("/api/journeys").with(advisor()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].label", hasItem("Prénom")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("est obligatoire")));
        verifyNoInteractions(opening);
    }

    private static Journey journey(String reference, String territory) {
        Journey journey = mock(Journey.class);
        when(journey.getId()).thenReturn(1L);
        when(journey.getReference()).thenReturn(reference);
        when(journey.getTerritoryCode()).thenReturn(territory);
        when(journey.getOpenedOn()).thenReturn(LocalDate.of(2026, 3, 2));
        Participant participant = mock(Participant.class);
        when(participant.getFirstName()).thenReturn("Camille");
        when(participant.getLastName()).thenReturn("Durand");
        when(journey.getParticipant()).thenReturn(participant);
        return journey;
    }
}
