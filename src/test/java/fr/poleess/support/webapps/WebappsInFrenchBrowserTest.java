package fr.poleess.support.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import fr.poleess.support.PostgresIntegrationTest;
import fr.poleess.support.WebappBrowser;
import fr.poleess.support.journey.JourneyApi;

/**
 * Tasklist, Cockpit, Admin and Welcome as our users see them, in a French headless Chromium: every
 * screen an advisor, a manager and an administrator use is in French (none of the webapps' English
 * words is visible), without Camunda's "migrate to Camunda 8" banner nor the gap it leaves, with
 * {@code lang="fr"}, French relative dates and Paris time; form-js answers in French.
 * <p>
 * It also takes the screenshots of the user guide ({@code docs/images/*.png}), so that the guide shows
 * the screens as they are; commit them when they change.
 */
// First of the browser tests (BrowserTestsFirst): the guide's screenshots show the demo data and this test's
// journeys only, on the shared application as on a fresh start.
@Order(1)
class WebappsInFrenchBrowserTest extends PostgresIntegrationTest {

    private static final Path EVIDENCE = Path.of("target");
    private static final Path GUIDE_IMAGES = Path.of("docs/images");
    private static final int GUIDE_WIDTH = 1000;

    private static final String ADVISOR = "conseiller.beaune";
    private static final String MANAGER = "responsable";
    private static final String ADMIN = "admin";

    /** Words of the webapps' English screens (and of form-js): none may be visible to our users. */
    private static final List<String> ENGLISH_WORDS = List.of("Claim", "Unclaim", "Complete", "Save",
            "Start process", "Create task", "Add Comment", "Set follow-up date", "Set due date", "Form", "History",
            "Diagram", "Description", "Processes", "Decisions", "Human Tasks", "Dashboard", "Users", "Groups",
            "Log out", "Filter Tasks", "Created", "Select", "Field is required", "Field must", "a few seconds ago",
            "ago", "Search", "Cancel", "Close", "Delete", "Loading", "Welcome", "Tasklist", "Task", "Tasks",
            "Running Process Instances", "Deployments", "Batches", "Authorizations",
            "Tenants", "System", "My profile", "Powered by", "Date and Time displayed", "Assignee", "Owner",
            "Priority", "Name", "Value", "Filter", "Edit", "Add", "Remove", "Next");
    /** A label missing from fr.json shows as its key, e.g. « SIGN_OUT_ACTION ». */
    private static final Pattern RAW_KEY = Pattern.compile("\\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\\b");

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;

    private WebappBrowser browser;
    private String lastStep = "start";

    @RegisterExtension
    static final TestInstancePreConstructCallback REQUIRE_CHROMIUM = WebappBrowser.REQUIRE_CHROMIUM;

    /** Runs before {@code @AfterEach}, while the browser is still open. */
    @RegisterExtension
    final AfterTestExecutionCallback keepEvidenceOfFailure = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            browser.screenshot(EVIDENCE.resolve("webapps-failure.png"));
            Files.writeString(EVIDENCE.resolve("webapps-failure.html"), browser.driver().getPageSource());
            Files.writeString(EVIDENCE.resolve("webapps-failure.txt"), lastStep + "\n" + browser.visibleText()
                    + "\n\n--- console\n" + browser.browserLog());
        }
    };

    @BeforeEach
    void startBrowser() throws IOException {
        browser = new WebappBrowser(port);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAdvisorWorksInFrenchInTasklistAndTheWelcomePage() throws Exception {
        // A fixed name (the journeys of this test class are the only ones with it): the guide's screenshots
        // stay the same from one run to the next.
        String lastName = "Fontaine";
        openJourney(lastName);
        String participant = "Élodie " + lastName.toUpperCase(Locale.FRENCH);

        browser.logIn("tasklist", ADVISOR);
        browser.click(By.xpath("//*[normalize-space(text())='Mon territoire']"));
        By card = By.xpath("//ol[contains(@class,'tasks-list')]/li[.//span[contains(@class,'variable-value')]"
                + "[starts-with(@uib-tooltip,'" + participant + "')]]//h4/a");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(card));
        String list = inFrench("Tasklist, liste des tâches");
        assertThat(list).contains("Mes tâches", "Mon territoire", "Créer une tâche", "Démarrer un processus", "il y a",
                "Heure affichée : Europe/Paris", "Propulsé par");
        browser.screenshot(GUIDE_IMAGES.resolve("tasklist-liste.png"), GUIDE_WIDTH);

        // The keyboard shortcuts' descriptions come from config.js, not from fr.json.
        browser.click(By.xpath("//a[normalize-space()='Raccourcis clavier']"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".modal-dialog"),
                "prendre la tâche sélectionnée"));
        assertThat(inFrench("Tasklist, raccourcis clavier")).contains("ouvrir la fenêtre « Démarrer un processus »");
        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));

        // A task with its form: claiming, then the form-js checks in French.
        browser.click(card);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-container"),
                participant));
        assertThat(inFrench("Tasklist, tâche non prise")).contains("Prendre la tâche", "Formulaire", "Historique",
                "Schéma", "Descriptif", "Fixer une date de relance", "Fixer une échéance", "Ajouter un commentaire");
        browser.click(By.cssSelector("button.claim"));
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));

        By summary = By.id(controlId("Projet en quelques mots"));
        browser.click(summary);
        browser.driver().findElement(summary).sendKeys("Épicerie");
        fieldError("Projet en quelques mots", "Ce champ doit contenir au moins 10 caractères.");
        browser.driver().findElement(summary).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        fieldError("Projet en quelques mots", "Ce champ est obligatoire.");
        String form = inFrench("Tasklist, formulaire de la tâche");
        assertThat(form).contains("Ce champ est obligatoire.", "Enregistrer", "Terminer");
        assertThat(browser.driver().findElement(By.id(controlId("Date de l'accueil"))).getAttribute("placeholder"))
                .isEqualTo("jj/mm/aaaa");
        assertThat(browser.driver().findElements(By.cssSelector(".fjs-select-display")))
                .as("empty choice lists").extracting(WebElement::getText).contains("Choisir…");
        browser.screenshot(GUIDE_IMAGES.resolve("tasklist-formulaire.png"), GUIDE_WIDTH);
        everyFormJsMessageIsFrench();

        browser.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Historique']"));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".history-pane")));
        assertThat(inFrench("Tasklist, historique de la tâche")).contains("Historique");

        browser.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Schéma']"));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".djs-container svg")));
        inFrench("Tasklist, schéma du processus");
        browser.screenshot(GUIDE_IMAGES.resolve("tasklist-schema.png"), GUIDE_WIDTH);

        browser.click(By.xpath("//a[normalize-space()='Démarrer un processus']"));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//div[contains(@class,'modal-dialog')]//*[normalize-space()=\"Parcours d'accompagnement\"]")));
        assertThat(inFrench("Tasklist, démarrer un processus")).contains("Cliquez sur le processus à démarrer.");
        browser.click(By.xpath("//div[contains(@class,'modal-dialog')]//button[normalize-space()='Fermer' or normalize-space()='Annuler']"));
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));

        browser.driver().get(browser.url("/camunda/app/welcome/default/"));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".welcome-page")));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Applications"));
        assertThat(inFrench("Accueil (Welcome)")).contains("Applications", "Tâches", "Modifier le profil", "Changer le mot de passe");
    }

    @Test
    void aManagerFollowsJourneysInFrenchInCockpitAndReadsTheReport() throws Exception {
        String processInstanceId = openJourney("Morel");

        browser.logIn("cockpit", MANAGER);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".dashboard")));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Instances de processus en cours"));
        assertThat(inFrench("Cockpit, tableau de bord")).contains("En ce moment", "Processus", "Décisions",
                "Tâches manuelles", "Incidents ouverts", "Définitions de processus");

        browser.driver().get(browser.url("/camunda/app/cockpit/default/#/processes"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Parcours d'accompagnement"));
        assertThat(inFrench("Cockpit, liste des processus")).contains("définitions de processus déployées");

        browser.driver().get(browser.url("/camunda/app/cockpit/default/#/process-instance/" + processInstanceId + "/runtime"));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".djs-container svg")));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Clé métier"));
        assertThat(inFrench("Cockpit, vue d'un parcours")).contains("Variables", "Incidents", "Clé métier", "Tâches utilisateur");
        browser.screenshot(GUIDE_IMAGES.resolve("cockpit-parcours.png"), GUIDE_WIDTH);

        // The webapps' session also opens the activity report.
        browser.driver().get(browser.url("/rapports"));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        String report = browser.visibleText();
        assertThat(report).contains("Rapport d'activité", "Comment chaque chiffre est compté");
        assertThat(browser.driver().executeScript("return document.documentElement.lang")).isEqualTo("fr");
        browser.screenshot(GUIDE_IMAGES.resolve("rapports.png"), GUIDE_WIDTH);
    }

    @Test
    void anAdvisorOpensMonAgendaFromTasklistCreatesTheAddressAndRevokesIt() throws Exception {
        // The first visit, whatever other tests did with this advisor's feed: the guide shows that one.
        rest.withBasicAuth(ADVISOR, JourneyApi.PASSWORD).delete("/api/advisors/me/calendar-feed");
        browser.logIn("tasklist", ADVISOR);
        inFrench("Tasklist, en-tête");
        browser.click(By.xpath("//nav[contains(@class,'app-menu')]//a[normalize-space()='Mon agenda']"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Mon agenda"));
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.url("/mon-agenda"));
        assertThat(browser.visibleText()).contains("Vous n'avez pas d'adresse d'agenda active.",
                "initiales et leur commune", "Imprimer ma feuille de route de demain", "Créer mon adresse d'agenda");
        browser.screenshot(GUIDE_IMAGES.resolve("mon-agenda.png"), GUIDE_WIDTH);

        browser.click(By.xpath("//button[normalize-space()=\"Créer mon adresse d'agenda\"]"));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("code.url")));
        String address = browser.driver().findElement(By.cssSelector("code.url")).getText();
        assertThat(address).startsWith(browser.url("/api/calendar/")).endsWith(".ics");
        String feed = java.net.URI.create(address).getPath();
        assertThat(rest.getForEntity(feed, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(browser.visibleText()).contains("S'abonner à un calendrier Internet", "Remplacer mon adresse");

        browser.click(By.xpath("//button[normalize-space()='Révoquer']"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
                "Votre adresse d'agenda est révoquée"));
        assertThat(rest.getForEntity(feed, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anAdministratorManagesAccountsInFrenchInAdmin() {
        browser.logIn("admin", ADMIN);
        browser.driver().get(browser.url("/camunda/app/admin/default/#/users"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "conseiller.beaune"));
        assertThat(inFrench("Administration, utilisateurs")).contains("Liste des utilisateurs", "Ajouter un utilisateur",
                "Prénom", "Nom", "Courriel");

        browser.driver().get(browser.url("/camunda/app/admin/default/#/groups"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "advisors-beaune"));
        assertThat(inFrench("Administration, groupes")).contains("Liste des groupes", "Créer un groupe");
    }

    /**
     * Checks what everybody must see on every screen and returns the visible text: no English word, no
     * raw label key, French page language, no end-of-life banner and no gap left where it was.
     */
    private String inFrench(String screen) {
        lastStep = screen;
        var driver = browser.driver();
        browser.waiting().until(ignored -> !driver.findElements(By.cssSelector("[cam-widget-header] .navbar-header")).isEmpty());
        String text = browser.visibleText();

        List<String> english = new ArrayList<>();
        for (String word : ENGLISH_WORDS) {
            Matcher found = Pattern.compile("(?<![\\p{L}’'-])" + Pattern.quote(word) + "(?![\\p{L}’-])").matcher(text);
            if (found.find()) {
                english.add("« " + word + " » in « …" + text.substring(Math.max(0, found.start() - 40),
                        Math.min(text.length(), found.end() + 40)).replace('\n', ' ') + "… »");
            }
        }
        assertThat(english).as("English on %s", screen).isEmpty();
        assertThat(RAW_KEY.matcher(text).results().map(java.util.regex.MatchResult::group).toList()).as("label keys on %s", screen).isEmpty();

        assertThat(driver.executeScript("return document.documentElement.lang")).as("lang of %s", screen).isEqualTo("fr");
        assertThat(driver.findElements(By.cssSelector(".ce-eol-banner"))).as("banner on %s", screen)
                .noneMatch(WebElement::isDisplayed);
        @SuppressWarnings("unchecked")
        Map<String, Object> layout = (Map<String, Object>) driver.executeScript("""
                const header = document.querySelector('[cam-widget-header]').getBoundingClientRect();
                return { headerBottom: header.bottom, bodyTop: getComputedStyle(document.body).paddingTop };
                """);
        assertThat(layout.get("bodyTop")).as("room above the page of %s", screen).isEqualTo("45px");
        assertThat(((Number) layout.get("headerBottom")).doubleValue()).as("header of %s", screen).isLessThanOrEqualTo(45.5);
        return text;
    }

    /**
     * Each built-in message of form-js 1.8, shown the way form-js shows it (a list item under a field),
     * is rewritten in French by our custom script: the ones our forms cannot easily trigger too.
     */
    private void everyFormJsMessageIsFrench() {
        Map<String, String> messages = new LinkedHashMap<>();
        messages.put("Field is required.", "Ce champ est obligatoire.");
        messages.put("Field must have minimum length of 10.", "Ce champ doit contenir au moins 10 caractères.");
        messages.put("Field must have maximum length of 4000.", "Ce champ doit contenir au plus 4\u00a0000 caractères.");
        messages.put("Field must have minimum value of 3.", "La valeur doit être au moins 3.");
        messages.put("Field must have maximum value of 2.5.", "La valeur doit être au plus 2,5.");
        messages.put("Field must match pattern ^[0-9]{14}$.", "Ce champ ne respecte pas le format attendu.");
        messages.put("Field must be a valid email.", "Saisissez une adresse électronique valide.");
        messages.put("Field must be a valid  international phone number. (e.g. +4930664040900)",
                "Saisissez un numéro de téléphone au format international (par exemple +33380509047).");
        messages.put("Value is not a number.", "Saisissez un nombre.");
        messages.put("Value is expected to be an integer.", "Saisissez un nombre entier.");
        messages.put("Value is expected to have at most 2 decimal digits.", "Saisissez au plus 2 chiffres après la virgule.");
        messages.put("Please select a valid value, the two nearest valid values are 1.5 and 2.",
                "Choisissez une valeur valide\u00a0: les plus proches sont 1,5 et 2.");
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const field = document.createElement('div');
                field.className = 'fjs-container';
                field.innerHTML = '<div class="fjs-form-field-error"><ul></ul></div>';
                document.body.appendChild(field);
                const list = field.querySelector('ul');
                for (const message of arguments[0]) {
                  const item = document.createElement('li');
                  item.textContent = message;
                  list.appendChild(item);
                }
                setTimeout(() => { done([...list.children].map(item => item.textContent)); field.remove(); }, 300);
                """, new ArrayList<>(messages.keySet()));
        assertThat(shown).containsExactlyElementsOf(messages.values());
    }

    /** The id of the form-js control a label (without the required-asterisk) is for. */
    private String controlId(String label) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[@for][starts-with(normalize-space(), \"" + label + "\")]"))).getAttribute("for");
    }

    /** Waits until form-js shows that error, and only that one, under the field. */
    private void fieldError(String label, String expected) {
        By error = By.xpath("//label[@for][starts-with(normalize-space(), \"" + label + "\")]"
                + "/ancestor::div[contains(@class,'fjs-form-field')][1]//*[contains(@class,'fjs-form-field-error')]//li");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).withMessage(() -> "error under « " + label + " »: "
                + browser.driver().findElements(error).stream().map(WebElement::getText).toList())
                .until(driver -> driver.findElements(error).stream().map(WebElement::getText).toList()
                        .equals(List.of(expected)));
    }

    /** Opens a journey in the Beaune territory through our API; returns its process instance id. */
    private String openJourney(String lastName) {
        ResponseEntity<Map<String, Object>> opened = new JourneyApi(rest).open(ADVISOR,
                JourneyApi.participant(lastName, "Meursault"));
        assertThat(opened.getStatusCode()).as(String.valueOf(opened.getBody())).isEqualTo(HttpStatus.CREATED);
        return String.valueOf(opened.getBody().get("processInstanceId"));
    }
}
