package fr.poleess.support.partner.internal;

import static fr.poleess.support.SliceProblems.askedToLogInInFrench;
import static fr.poleess.support.SliceUsers.advisor;
import static fr.poleess.support.SliceUsers.manager;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
import fr.poleess.support.partner.Partner;
import fr.poleess.support.partner.PartnerDirectory;
import fr.poleess.support.partner.PartnerKind;
import fr.poleess.support.partner.PartnerType;
import fr.poleess.support.shared.InvalidInputException;
import fr.poleess.support.shared.NotFoundException;

/** {@code /api/partners} without starting the application: who may read and change it, and its problems. */
@ApiSlice(PartnerController.class)
class PartnerControllerSliceTest {

    private static final String BODY = """
            {"name": "Banque du Val", "type": "PROFESSIONAL_RESOURCE", "kind": "BANK", "territories": ["BEA"],
             "contactFunction": "Chargée d'affaires"}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PartnerDirectory directory;

    @Test
    void nobodyLoggedInIsAskedToLogInInFrench() throws Exception {
        mvc.perform(get("/api/partners"))
                .andExpect(askedToLogInInFrench());
        verifyNoInteractions(directory);
    }

    @Test
    void advisorsReadTheDirectory() throws Exception {
        Partner bank = partner();
        when(directory.search(null, null, "BEA", false)).thenReturn(List.of(bank));

        mvc.perform(get("/api/partners").param("territory", "BEA").with(advisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("Banque du Val"))
                .andExpect(jsonPath("$[0].kindLabel").value(PartnerKind.BANK.label()));
    }

    @Test
    void advisorsMayNotChangeTheDirectory() throws Exception {
        mvc.perform(post("/api/partners").with(advisor()).contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:problem:forbidden"))
                .andExpect(jsonPath("$.title").value("Accès refusé"))
                .andExpect(jsonPath("$.detail").value("Vous n'avez pas les droits nécessaires pour cette action."));
        mvc.perform(put("/api/partners/4").with(advisor()).contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/partners/4").with(advisor())).andExpect(status().isForbidden());
        verifyNoInteractions(directory);
    }

    @Test
    void managersAddAPartnerAndBadFieldsComeBackInFrench() throws Exception {
        Partner bank = partner();
        when(directory.create(any())).thenReturn(bank);
        mvc.perform(post("/api/partners").with(manager()).contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/partners/4"))
                .andExpect(jsonPath("$.typeLabel").value("Partenaire ressource"));

        when(directory.create(any())).thenThrow(new InvalidInputException("name", "Nom de l'organisme", "est obligatoire"));
        mvc.perform(post("/api/partners").with(manager()).contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:problem:invalid-input"))
                .andExpect(jsonPath("$.title").value("Saisie invalide"))
                .andExpect(jsonPath("$.detail").value("Saisie à corriger : Nom de l'organisme : est obligatoire."))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].label").value("Nom de l'organisme"));
    }

    @Test
    void aValueOfTheWrongTypeIsNamedInFrench() throws Exception {
        mvc.perform(post("/api/partners").with(manager()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Banque\", \"type\": \"BANQUE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"))
                .andExpect(jsonPath("$.errors[0].label").value("Type de partenaire"))
                .andExpect(jsonPath("$.errors[0].message", startsWith("la valeur « BANQUE » n'est pas acceptée")));
        verifyNoInteractions(directory);
    }

    @Test
    void anUnknownPartnerIsNotFound() throws Exception {
        when(directory.update(eq(99L), any())).thenThrow(new NotFoundException("Aucun partenaire 99 dans l'annuaire."));
        mvc.perform(put("/api/partners/99").with(manager()).contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Introuvable"))
                .andExpect(jsonPath("$.detail").value("Aucun partenaire 99 dans l'annuaire."));
    }

    private static Partner partner() {
        Partner bank = mock(Partner.class);
        when(bank.getId()).thenReturn(4L);
        when(bank.getName()).thenReturn("Banque du Val");
        when(bank.getType()).thenReturn(PartnerType.PROFESSIONAL_RESOURCE);
        when(bank.getKind()).thenReturn(PartnerKind.BANK);
        when(bank.getTerritories()).thenReturn(Set.of("BEA"));
        when(bank.serves("BEA")).thenReturn(true);
        when(bank.isActive()).thenReturn(true);
        return bank;
    }
}
