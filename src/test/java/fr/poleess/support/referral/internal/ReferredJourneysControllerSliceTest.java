package fr.poleess.support.referral.internal;

import static fr.poleess.support.SliceProblems.askedToLogInInFrench;
import static fr.poleess.support.SliceUsers.advisor;
import static fr.poleess.support.SliceUsers.as;
import static fr.poleess.support.SliceUsers.manager;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.poleess.support.ApiSlice;
import fr.poleess.support.access.CurrentUser;
import fr.poleess.support.closure.Outcomes;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.JourneyStatus;
import fr.poleess.support.journey.Journeys;
import fr.poleess.support.journey.Participant;
import fr.poleess.support.partner.Partner;
import fr.poleess.support.partner.PartnerDirectory;
import fr.poleess.support.shared.NotFoundException;
import fr.poleess.support.territory.Territories;

/**
 * {@code GET /api/partners/{id}/referred} without starting the application: login required, each person
 * sees the journeys of the territories they follow and no more, the participant as first name and
 * initial, an unknown partner is a French {@code 404}. Any advisor may read it: no role refuses it.
 */
@ApiSlice(ReferredJourneysController.class)
class ReferredJourneysControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PartnerDirectory directory;
    @MockitoBean
    Journeys journeys;
    @MockitoBean
    Outcomes outcomes;
    @MockitoBean
    Territories territories;
    @MockitoBean
    CurrentUser currentUser;

    @BeforeEach
    void franceTravailSentAJourneyToBeaune() {
        Partner franceTravail = mock(Partner.class);
        when(franceTravail.getId()).thenReturn(4L);
        when(directory.require(4L)).thenReturn(franceTravail);
        when(directory.require(99L)).thenThrow(new NotFoundException("Aucun partenaire n° 99 dans l'annuaire."));
        Journey journey = mock(Journey.class);
        when(journey.getId()).thenReturn(1L);
        when(journey.getReference()).thenReturn("BEA-2026-001");
        when(journey.getTerritoryCode()).thenReturn("BEA");
        when(journey.getStatus()).thenReturn(JourneyStatus.IN_PROGRESS);
        when(journey.getOpenedOn()).thenReturn(LocalDate.of(2026, 3, 2));
        Participant participant = mock(Participant.class);
        when(participant.firstNameAndInitial()).thenReturn("Camille D.");
        when(participant.isReferrerFeedbackConsent()).thenReturn(true);
        when(journey.getParticipant()).thenReturn(participant);
        when(journeys.findReferredBy(4L, Set.of("BEA"))).thenReturn(List.of(journey));
        when(outcomes.findById(1L)).thenReturn(Optional.empty());
        when(territories.findById("BEA")).thenReturn(Optional.empty());
    }

    @Test
    void nobodyLoggedInIsAskedToLogInInFrench() throws Exception {
        mvc.perform(get("/api/partners/4/referred"))
                .andExpect(askedToLogInInFrench());
        verifyNoInteractions(directory, journeys);
    }

    @Test
    void anAdvisorSeesTheJourneysOfTheirTerritoriesWithTheParticipantAsFirstNameAndInitial() throws Exception {
        when(currentUser.visibleTerritoryCodes()).thenReturn(Set.of("BEA"));

        mvc.perform(get("/api/partners/4/referred").with(advisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].reference").value("BEA-2026-001"))
                .andExpect(jsonPath("$[0].participant").value("Camille D."))
                .andExpect(jsonPath("$[0].status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$[0].feedbackConsent").value(true));
        verify(journeys).findReferredBy(4L, Set.of("BEA"));
    }

    @Test
    void someoneWhoFollowsNoTerritorySeesNothing() throws Exception {
        when(currentUser.visibleTerritoryCodes()).thenReturn(Set.of());

        mvc.perform(get("/api/partners/4/referred").with(as("stagiaire")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
        verify(journeys, org.mockito.Mockito.never()).findReferredBy(any(), any());
    }

    @Test
    void anUnknownPartnerIsNotFoundInFrench() throws Exception {
        when(currentUser.visibleTerritoryCodes()).thenReturn(Set.of("BEA", "CHA", "DIJ"));

        mvc.perform(get("/api/partners/99/referred").with(manager()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:problem:not-found"))
                .andExpect(jsonPath("$.title").value("Introuvable"))
                .andExpect(jsonPath("$.detail").value("Aucun partenaire n° 99 dans l'annuaire."));
        verifyNoInteractions(journeys);
    }
}
