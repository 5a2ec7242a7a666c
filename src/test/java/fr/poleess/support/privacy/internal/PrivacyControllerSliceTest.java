package fr.poleess.support.privacy.internal;

import static fr.poleess.support.SliceUsers.admin;
import static fr.poleess.support.SliceUsers.advisor;
import static fr.poleess.support.SliceUsers.manager;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.poleess.support.ApiSlice;
import fr.poleess.support.privacy.internal.PersonJourneys.JourneyRow;
import fr.poleess.support.shared.NotFoundException;

/** The person's rights through the API without starting the application: who may do what, French problems. */
@ApiSlice(PrivacyController.class)
class PrivacyControllerSliceTest {

    private static final JourneyRow BEAUNE_JOURNEY = new JourneyRow(1, "BEA-2026-001", "BEA", 11, "ACTIVE", null);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PersonJourneys journeys;
    @MockitoBean
    PersonalDataExport export;
    @MockitoBean
    PersonalDataPdf pdf;
    @MockitoBean
    Erasure erasure;
    @MockitoBean
    JdbcAccessLog accessLog;
    @MockitoBean
    JdbcConsents consents;
    @MockitoBean
    ConsentWithdrawal withdrawal;
    @MockitoBean
    Retention retention;

    @Test
    void erasureAndTheAccessLogAreForManagersOnly() throws Exception {
        mvc.perform(post("/api/journeys/BEA-2026-001/erasure").with(advisor()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"Demande de la personne\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Vous n'avez pas les droits nécessaires pour cette action."));
        mvc.perform(get("/api/journeys/BEA-2026-001/access-log").with(advisor())).andExpect(status().isForbidden());
        verifyNoInteractions(journeys, erasure, accessLog);
    }

    @Test
    void theRetentionRunIsForAdministratorsOnly() throws Exception {
        mvc.perform(post("/api/retention/run").with(manager())).andExpect(status().isForbidden());
        verifyNoInteractions(retention);
        when(retention.run(true)).thenReturn(new Retention.Report(true, LocalDateTime.of(2026, 12, 1, 2, 30),
                LocalDateTime.of(2023, 12, 1, 2, 30), List.of(), 0, 0, 0, 0));
        mvc.perform(post("/api/retention/run").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(true));
    }

    @Test
    void anErasureWithoutAReasonIsRefusedInFrench() throws Exception {
        when(journeys.requireVisible("BEA-2026-001")).thenReturn(BEAUNE_JOURNEY);
        mvc.perform(post("/api/journeys/BEA-2026-001/erasure").with(manager()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Saisie invalide"))
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].label").value("Motif"));
        verifyNoInteractions(erasure);
    }

    @Test
    void aJourneyOfAnotherTerritoryIsNotFound() throws Exception {
        when(journeys.requireVisible("CHA-2026-001"))
                .thenThrow(new NotFoundException("Aucun parcours « CHA-2026-001 » parmi ceux que vous suivez."));
        mvc.perform(get("/api/journeys/CHA-2026-001/personal-data").with(advisor()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:problem:not-found"))
                .andExpect(jsonPath("$.detail").value("Aucun parcours « CHA-2026-001 » parmi ceux que vous suivez."));
        verifyNoInteractions(export);
    }

    @Test
    void withdrawingTheDataProcessingConsentIsAConflict() throws Exception {
        when(journeys.requireVisible("BEA-2026-001")).thenReturn(BEAUNE_JOURNEY);
        mvc.perform(post("/api/journeys/BEA-2026-001/consents/DATA_PROCESSING/withdrawal").with(advisor()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Conflit"));
        mvc.perform(post("/api/journeys/BEA-2026-001/consents/PUBLICITE/withdrawal").with(advisor()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].label").value("Consentement"));
        verifyNoInteractions(withdrawal);
    }
}
