package fr.poleess.support.agenda.internal;

import static fr.poleess.support.SliceUsers.admin;
import static fr.poleess.support.SliceUsers.advisor;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.poleess.support.ApiSlice;
import fr.poleess.support.access.AdvisorNames;
import fr.poleess.support.access.CurrentUser;
import fr.poleess.support.territory.TerritoryDirectory;

/**
 * The calendar feed's API and the « Mon agenda » page without starting the application, with the real
 * page service and current user over mocked feeds: who may do what, the French problems, and the CSRF
 * token every form of the page must carry.
 */
@ApiSlice({ AgendaController.class, AgendaPage.class })
@Import({ AgendaPages.class, AgendaHtml.class, CurrentUser.class })
class AgendaSliceTest {

    static final String BEAUNE = "conseiller.beaune";
    static final String TOKEN = "jeton-secret-de-test_0123456789abcdefghijklmnopq";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CalendarFeeds feeds;
    @MockitoBean
    DaySheets daySheets;
    @MockitoBean
    AdvisorAgenda agenda;
    @MockitoBean
    AdvisorNames names;
    @MockitoBean
    TerritoryDirectory territories;

    @BeforeEach
    void advisors() {
        when(names.of(anyString())).thenAnswer(call -> "Nom de " + call.getArgument(0));
        when(agenda.advisors()).thenReturn(List.of(BEAUNE, "conseiller.chatillon"));
        when(feeds.create(anyString(), anyString())).thenReturn(TOKEN);
    }

    // The API (HTTP Basic)

    @Test
    void theApiAsksForALoginAndAnUnknownFeedIsNotFound() throws Exception {
        mvc.perform(get("/api/advisors/me/day-sheet.pdf")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/advisors/me/calendar-feed"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Authentification requise"));
        when(feeds.feed("inconnu")).thenReturn(Optional.empty());
        mvc.perform(get("/api/calendar/inconnu.ics"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Introuvable"))
                .andExpect(jsonPath("$.detail").value("Calendrier inconnu ou révoqué."));
    }

    @Test
    void anAdvisorReadsCreatesAndRevokesTheirOwnFeedThroughTheApi() throws Exception {
        when(feeds.liveSince(BEAUNE)).thenReturn(Optional.empty());
        mvc.perform(get("/api/advisors/me/calendar-feed").with(advisor()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
        mvc.perform(post("/api/advisors/me/calendar-feed").with(advisor()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.url").value("http://localhost/api/calendar/" + TOKEN + ".ics"));
        verify(feeds).create(BEAUNE, BEAUNE);
        mvc.perform(delete("/api/advisors/me/calendar-feed").with(advisor())).andExpect(status().isNoContent());
        verify(feeds).revoke(BEAUNE);
    }

    @Test
    void onlyAnAdministratorHandlesAnotherAdvisorsFeedThroughTheApi() throws Exception {
        mvc.perform(post("/api/advisors/conseiller.chatillon/calendar-feed").with(advisor()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Accès refusé"));
        mvc.perform(delete("/api/advisors/conseiller.chatillon/calendar-feed").with(advisor()))
                .andExpect(status().isForbidden());
        verify(feeds, never()).create(anyString(), anyString());
        verify(feeds, never()).revoke(anyString());

        mvc.perform(post("/api/advisors/conseiller.chatillon/calendar-feed").with(admin()))
                .andExpect(status().isCreated());
        verify(feeds).create("conseiller.chatillon", "admin");
        mvc.perform(delete("/api/advisors/conseiller.chatillon/calendar-feed").with(admin()))
                .andExpect(status().isNoContent());
        verify(feeds).revoke("conseiller.chatillon");
    }

    @Test
    void aBrowserPostFromAnotherSiteIsRefusedEvenWithCredentials() throws Exception {
        mvc.perform(post("/api/advisors/me/calendar-feed").with(advisor()).header("Sec-Fetch-Site", "cross-site"))
                .andExpect(status().isForbidden());
        verify(feeds, never()).create(anyString(), anyString());
    }

    // The page

    @Test
    void thePageAsksForALogin() throws Exception {
        mvc.perform(get("/mon-agenda"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic")));
    }

    @Test
    void anAdvisorWithoutAFeedIsOfferedToCreateOne() throws Exception {
        when(feeds.liveFeedOf(BEAUNE)).thenReturn(Optional.empty());
        mvc.perform(get("/mon-agenda").with(advisor()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(allOf(containsString("<h1>Mon agenda</h1>"),
                        containsString("Vous n'avez pas d'adresse d'agenda active."),
                        containsString("Créer mon adresse d'agenda"), not(containsString("Révoquer</button>")),
                        containsString("initiales et leur commune"),
                        containsString("<input type=\"hidden\" name=\"_csrf\" value=\""),
                        containsString("href=\"/api/advisors/me/day-sheet.pdf\""),
                        containsString("<input type=\"date\" name=\"date\""),
                        not(containsString("/mon-agenda/conseillers")))));
    }

    @Test
    void anAdvisorWithAFeedSeesSinceWhenAndMayReplaceOrRevokeIt() throws Exception {
        when(feeds.liveFeedOf(BEAUNE)).thenReturn(Optional.of(new CalendarFeeds.LiveFeed(BEAUNE,
                Instant.parse("2026-11-30T13:30:00Z"), BEAUNE)));
        mvc.perform(get("/mon-agenda").with(advisor()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("active depuis le lundi 30 novembre 2026 à 14 h 30."),
                        containsString("Remplacer mon adresse"), containsString("cesse aussitôt de fonctionner"),
                        containsString("Révoquer</button>"), not(containsString("Créer mon adresse")),
                        not(containsString("créée par")))));
    }

    @Test
    void creatingShowsTheAddressOnceAndNeedsTheFormsToken() throws Exception {
        mvc.perform(post("/mon-agenda/adresse").with(advisor()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Accès refusé"))
                .andExpect(jsonPath("$.detail").value(
                        "Formulaire expiré ou envoyé depuis une autre page : rechargez la page et recommencez."));
        mvc.perform(post("/mon-agenda/adresse").with(advisor()).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
        verify(feeds, never()).create(anyString(), anyString());

        mvc.perform(post("/mon-agenda/adresse").with(advisor()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(allOf(
                        containsString("http://localhost/api/calendar/" + TOKEN + ".ics"),
                        containsString("qu'une seule fois"), containsString("S'abonner à un calendrier Internet"),
                        containsString("Outlook"), containsString("Thunderbird"), containsString("Téléphone"))));
        verify(feeds).create(BEAUNE, BEAUNE);
    }

    @Test
    void revokingSendsBackToThePage() throws Exception {
        mvc.perform(post("/mon-agenda/revocation").with(advisor())).andExpect(status().isForbidden());
        verify(feeds, never()).revoke(anyString());
        when(feeds.revoke(BEAUNE)).thenReturn(true);
        mvc.perform(post("/mon-agenda/revocation").with(advisor()).with(csrf()))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "http://localhost/mon-agenda?fait=revocation"));
        verify(feeds).revoke(BEAUNE);
        mvc.perform(get("/mon-agenda").param("fait", "revocation").with(advisor()))
                .andExpect(content().string(containsString("Votre adresse d&#39;agenda est révoquée")));
    }

    @Test
    void anAdvisorMayNotSeeOrRevokeAnothersFeed() throws Exception {
        mvc.perform(get("/mon-agenda/conseillers").with(advisor())).andExpect(status().isForbidden());
        mvc.perform(post("/mon-agenda/conseillers/revocation").param("conseiller", "conseiller.chatillon")
                .with(advisor()).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/mon-agenda/conseillers/adresse").param("conseiller", "conseiller.chatillon")
                .with(advisor()).with(csrf())).andExpect(status().isForbidden());
        verify(feeds, never()).revoke(anyString());
        verify(feeds, never()).create(anyString(), anyString());
    }

    @Test
    void anAdministratorListsRevokesAndCreatesAdvisorsFeeds() throws Exception {
        when(feeds.live()).thenReturn(List.of(new CalendarFeeds.LiveFeed(BEAUNE,
                Instant.parse("2026-11-30T13:30:00Z"), BEAUNE)));
        mvc.perform(get("/mon-agenda").with(admin()))
                .andExpect(content().string(containsString("href=\"/mon-agenda/conseillers\"")));
        mvc.perform(get("/mon-agenda/conseillers").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>Agendas des conseillers</h1>"),
                        containsString("Nom de conseiller.beaune <span class=\"muted\">(conseiller.beaune)</span>"),
                        containsString("<input type=\"hidden\" name=\"conseiller\" value=\"conseiller.beaune\">"),
                        containsString("<option value=\"conseiller.chatillon\">"),
                        containsString("a déjà une adresse, qui sera remplacée"))));

        mvc.perform(post("/mon-agenda/conseillers/revocation").param("conseiller", BEAUNE).with(admin()))
                .andExpect(status().isForbidden());
        when(feeds.revoke(BEAUNE)).thenReturn(true);
        mvc.perform(post("/mon-agenda/conseillers/revocation").param("conseiller", BEAUNE).with(admin()).with(csrf()))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location",
                        "http://localhost/mon-agenda/conseillers?fait=revocation&conseiller=conseiller.beaune"));
        verify(feeds).revoke(BEAUNE);

        mvc.perform(post("/mon-agenda/conseillers/adresse").param("conseiller", "inconnu").with(admin()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez un conseiller ou une conseillère dans la liste.")));
        mvc.perform(post("/mon-agenda/conseillers/adresse").param("conseiller", "conseiller.chatillon").with(admin())
                .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Adresse d'agenda de Nom de conseiller.chatillon"),
                        containsString("http://localhost/api/calendar/" + TOKEN + ".ics"))));
        verify(feeds).create("conseiller.chatillon", "admin");
        verify(feeds, never()).create("inconnu", "admin");
    }
}
