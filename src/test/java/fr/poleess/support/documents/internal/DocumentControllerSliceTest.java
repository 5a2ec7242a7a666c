package fr.poleess.support.documents.internal;

import static fr.poleess.support.SliceProblems.askedToLogInInFrench;
import static fr.poleess.support.SliceUsers.advisor;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
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
import fr.poleess.support.documents.DocumentKind;
import fr.poleess.support.journey.Journey;
import fr.poleess.support.journey.Journeys;

/**
 * A journey's documents without starting the application: login required, a journey of another territory
 * answers {@code 404} like an unknown one, a missing document is a French {@code 404}, the PDF comes with its
 * name and fingerprint, and a new version cannot be generated from another site's page ({@code 403}).
 */
@ApiSlice(DocumentController.class)
class DocumentControllerSliceTest {

    private static final byte[] PDF = "%PDF-1.7 contrat".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Journeys journeys;
    @MockitoBean
    CurrentUser currentUser;
    @MockitoBean
    DocumentStore store;
    @MockitoBean
    DocumentGeneration generation;

    @BeforeEach
    void beauneAdvisor() {
        when(currentUser.visibleTerritoryCodes()).thenReturn(Set.of("BEA"));
        when(currentUser.userId()).thenReturn("conseiller.beaune");
        when(journeys.findVisible(anyString(), any())).thenCallRealMethod();
        Journey beaune = journey(1L, "BEA-2026-001", "BEA");
        Journey chatillon = journey(2L, "CHA-2026-001", "CHA");
        when(journeys.findByReference("BEA-2026-001")).thenReturn(Optional.of(beaune));
        when(journeys.findByReference("CHA-2026-001")).thenReturn(Optional.of(chatillon));
        when(store.list(1L)).thenReturn(List.of(agreement()));
        when(store.find(1L, 31L)).thenReturn(Optional.of(agreement()));
        when(store.latest(1L, DocumentKind.AGREEMENT)).thenReturn(Optional.of(agreement()));
        when(store.latest(1L, DocumentKind.JOURNEY_SUMMARY)).thenReturn(Optional.empty());
    }

    @Test
    void nobodyLoggedInIsAskedToLogInInFrench() throws Exception {
        mvc.perform(get("/api/journeys/BEA-2026-001/documents"))
                .andExpect(askedToLogInInFrench());
        verifyNoInteractions(store, generation);
    }

    @Test
    void anAdvisorListsAndDownloadsTheirJourneysDocuments() throws Exception {
        mvc.perform(get("/api/journeys/BEA-2026-001/documents").with(advisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].label").value("Contrat d'accompagnement"))
                .andExpect(jsonPath("$[0].download").value("/api/journeys/BEA-2026-001/documents/31"));
        mvc.perform(get("/api/journeys/BEA-2026-001/documents/31").with(advisor()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", startsWith("inline; filename=")))
                .andExpect(header().string("ETag", "\"abc123\""))
                .andExpect(content().bytes(PDF));
        mvc.perform(get("/api/journeys/BEA-2026-001/agreement.pdf").with(advisor()))
                .andExpect(status().isOk())
                .andExpect(content().bytes(PDF));
    }

    @Test
    void aJourneyOfAnotherTerritoryIsNotFoundLikeAnUnknownOne() throws Exception {
        for (String reference : new String[] { "CHA-2026-001", "BEA-2026-999" }) {
            for (String path : new String[] { "/documents", "/documents/31", "/agreement.pdf", "/summary.pdf" }) {
                mvc.perform(get("/api/journeys/" + reference + path).with(advisor()))
                        .andExpect(status().isNotFound())
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                        .andExpect(jsonPath("$.type").value("urn:problem:not-found"))
                        .andExpect(jsonPath("$.title").value("Introuvable"))
                        .andExpect(jsonPath("$.detail").value("Aucun parcours « " + reference + " » parmi ceux que vous suivez."));
            }
            mvc.perform(post("/api/journeys/" + reference + "/documents/agreement").with(advisor()))
                    .andExpect(status().isNotFound());
        }
        verifyNoInteractions(store, generation);
    }

    @Test
    void aMissingDocumentIsNotFoundInFrench() throws Exception {
        mvc.perform(get("/api/journeys/BEA-2026-001/summary.pdf").with(advisor()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(
                        "Aucun bilan de fin de parcours : le parcours n'est pas clôturé pour le parcours « BEA-2026-001 »."));
        mvc.perform(get("/api/journeys/BEA-2026-001/documents/77").with(advisor()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Aucun document n° 77 pour le parcours « BEA-2026-001 »."));
    }

    @Test
    void aNewVersionIsGeneratedOnPurposeByTheAdvisorButNeverFromAnotherSite() throws Exception {
        when(generation.agreement(1L, "conseiller.beaune")).thenReturn(agreement());

        mvc.perform(post("/api/journeys/BEA-2026-001/documents/agreement").with(advisor())
                .header("Sec-Fetch-Site", "cross-site"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:problem:forbidden"))
                .andExpect(jsonPath("$.title").value("Accès refusé"));
        verifyNoInteractions(generation);

        mvc.perform(post("/api/journeys/BEA-2026-001/documents/agreement").with(advisor()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("AGREEMENT"))
                .andExpect(jsonPath("$.version").value(2));
    }

    private static StoredDocument agreement() {
        return new StoredDocument(31L, 1L, DocumentKind.AGREEMENT, 5L, 2, "contrat-BEA-2026-001-v2.pdf",
                "application/pdf", PDF.length, "abc123", LocalDateTime.of(2026, 3, 2, 10, 0), "conseiller.beaune", PDF);
    }

    private static Journey journey(Long id, String reference, String territory) {
        Journey journey = mock(Journey.class);
        when(journey.getId()).thenReturn(id);
        when(journey.getReference()).thenReturn(reference);
        when(journey.getTerritoryCode()).thenReturn(territory);
        return journey;
    }
}
