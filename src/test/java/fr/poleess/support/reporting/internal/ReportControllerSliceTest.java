package fr.poleess.support.reporting.internal;

import static fr.poleess.support.SliceUsers.admin;
import static fr.poleess.support.SliceUsers.advisor;
import static fr.poleess.support.SliceUsers.manager;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.poleess.support.ApiSlice;
import fr.poleess.support.documents.DocumentSettings;
import fr.poleess.support.territory.Territories;

/** The activity report's API and page without starting the application: managers only, French problems. */
@ApiSlice({ ReportController.class, ReportPage.class })
class ReportControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ActivityReports reports;

    @MockitoBean
    DocumentSettings settings;

    @MockitoBean
    ReportHtml html;

    @MockitoBean
    Territories territories;

    @MockitoBean
    Clock clock;

    @Test
    void advisorsAreRefusedTheReportAndItsPage() throws Exception {
        mvc.perform(get("/api/reports/activity").with(advisor()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Accès refusé"))
                .andExpect(jsonPath("$.detail").value("Vous n'avez pas les droits nécessaires pour cette action."))
                .andExpect(jsonPath("$.instance").value("/api/reports/activity"));
        mvc.perform(get("/rapports").with(advisor())).andExpect(status().isForbidden());
        verifyNoInteractions(reports);
    }

    @Test
    void thePageAsksForALogin() throws Exception {
        mvc.perform(get("/rapports"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic")))
                .andExpect(jsonPath("$.title").value("Authentification requise"));
    }

    @Test
    void managersAndAdministratorsGetTheReport() throws Exception {
        when(reports.compute(any(), any(), isNull())).thenReturn(report());
        mvc.perform(get("/api/reports/activity").param("from", "2026-01-01").param("to", "2026-12-31").with(manager()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2026-01-01"));
        mvc.perform(get("/api/reports/activity").with(admin())).andExpect(status().isOk());
    }

    @Test
    void anUnknownFormatOrABadDateIsExplainedInFrench() throws Exception {
        when(reports.compute(any(), any(), isNull())).thenReturn(report());
        mvc.perform(get("/api/reports/activity").param("format", "xls").with(manager()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Saisie à corriger : Format : doit être json, csv ou pdf."))
                .andExpect(jsonPath("$.errors[0].field").value("format"));
        mvc.perform(get("/api/reports/activity").param("from", "1er janvier").with(manager()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:problem:invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].message").value("la valeur « 1er janvier » n'est pas acceptée"));
    }

    private static ActivityReport report() {
        return new ActivityReport(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, null,
                LocalDateTime.of(2026, 12, 1, 10, 0), List.of());
    }
}
