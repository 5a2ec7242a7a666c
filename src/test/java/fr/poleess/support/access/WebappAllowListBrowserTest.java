package fr.poleess.support.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import fr.poleess.support.PostgresIntegrationTest;
import fr.poleess.support.WebappBrowser;
import fr.poleess.support.journey.JourneyProcess;

/**
 * The engine API allow-list seen from the real webapps, in headless Chromium: a manager tours Cockpit
 * (dashboard, processes, the journey's definition and one instance, decisions, deployments, tasks) and an
 * advisor tours Tasklist (filters, a task and its form, its history and diagram) without a single call
 * being refused or failing, which {@code EngineApiGuard} logs for each refusal and each engine error.
 * <p>
 * Needs Debian's Chromium ({@link WebappBrowser}); skipped without it. Screenshots go to
 * {@code target/allow-list-*.png}.
 */
class WebappAllowListBrowserTest extends PostgresIntegrationTest {

    private static final String GUARD_LOGGER = "fr.poleess.support.access.internal.EngineApiGuard";
    /** How long the page must have made no request, and have none open, before its calls count as made. */
    private static final int QUIET_MILLIS = 500;
    /**
     * Run in the logged-in page and in every document opened after it, before the webapp's own scripts:
     * counts the XHR and fetch calls still open and notes the time of the last request or answer, so that
     * the test waits for the calls themselves instead of a fixed time.
     */
    private static final String TRACK_CALLS = """
            (() => {
              window.__openCalls = 0;
              window.__lastActivity = performance.now();
              performance.setResourceTimingBufferSize(100000);
              const touch = () => { window.__lastActivity = performance.now(); };
              const send = XMLHttpRequest.prototype.send;
              XMLHttpRequest.prototype.send = function (...args) {
                window.__openCalls++;
                touch();
                this.addEventListener('loadend', () => { window.__openCalls--; touch(); });
                return send.apply(this, args);
              };
              const originalFetch = window.fetch;
              window.fetch = function (...args) {
                window.__openCalls++;
                touch();
                return originalFetch.apply(window, args).finally(() => { window.__openCalls--; touch(); });
              };
            })();
            """;
    /** True once no call is open and nothing (call, script, style, image) was loaded for {@value #QUIET_MILLIS} ms. */
    private static final String CALLS_SETTLED = """
            const loaded = performance.getEntriesByType('resource').length;
            if (loaded !== window.__loaded) {
              window.__loaded = loaded;
              window.__lastActivity = performance.now();
            }
            return window.__openCalls === 0 && performance.now() - window.__lastActivity >= arguments[0];
            """;

    @RegisterExtension
    static final TestInstancePreConstructCallback REQUIRE_CHROMIUM = WebappBrowser.REQUIRE_CHROMIUM;

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    TaskService taskService;

    private WebappBrowser browser;
    private ChromeDriver driver;
    private WebDriverWait wait;
    private final ListAppender<ILoggingEvent> guardLog = new ListAppender<>();

    @BeforeEach
    void startBrowserAndListen() throws IOException {
        guardLog.start();
        ((Logger) LoggerFactory.getLogger(GUARD_LOGGER)).addAppender(guardLog);
        browser = new WebappBrowser(port);
        driver = browser.driver();
        wait = browser.waiting();
    }

    @AfterEach
    void stopBrowser() throws IOException {
        ((Logger) LoggerFactory.getLogger(GUARD_LOGGER)).detachAppender(guardLog);
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aManagerToursCockpitWithoutARefusedCall() throws Exception {
        String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(JourneyProcess.KEY)
                .latestVersion().singleResult().getId();
        Task anyJourneyTask = taskService.createTaskQuery().processDefinitionKey(JourneyProcess.KEY).listPage(0, 1)
                .get(0);
        logIn("cockpit", "responsable");

        visit("cockpit", "#/dashboard", "dashboard");
        visit("cockpit", "#/processes", "processes");
        visit("cockpit", "#/process-definition/" + definition + "/runtime", "definition");
        visit("cockpit", "#/process-instance/" + anyJourneyTask.getProcessInstanceId() + "/runtime", "instance");
        visit("cockpit", "#/decisions", "decisions");
        visit("cockpit", "#/repository", "repository");
        visit("cockpit", "#/tasks", "tasks");

        assertThat(guardLines()).as("refused or failed calls during the Cockpit tour").isEmpty();
    }

    @Test
    void anAdvisorToursTasklistWithoutARefusedCall() throws Exception {
        logIn("tasklist", "conseiller.beaune");
        browser.click(By.xpath("//*[normalize-space(text())='Mon territoire']"));
        // « Rendez-vous individuel » of a demo journey: its form reads options from task variables.
        By appointment = By.xpath("//*[contains(@class,'tasks-list')]//a[contains(@href,'task=')]"
                + "[normalize-space()='Rendez-vous individuel']");
        wait.until(ExpectedConditions.visibilityOfElementLocated(appointment));
        browser.click(appointment);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        settle("tasklist-task");
        for (String tab : List.of("Historique", "Schéma", "Descriptif", "Formulaire")) {
            List<org.openqa.selenium.WebElement> links = driver.findElements(By.xpath(
                    "//ul[contains(@class,'nav-tabs')]//a[normalize-space()='" + tab + "']"));
            if (!links.isEmpty()) {
                links.get(0).click();
                settle("tasklist-" + tab.toLowerCase());
            }
        }
        // The « Démarrer un processus » menu lists the journeys an advisor may open.
        browser.click(By.xpath("//a[normalize-space()='Démarrer un processus']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[contains(normalize-space(), \"Parcours d'accompagnement\")]")));
        settle("tasklist-start");

        assertThat(guardLines()).as("refused or failed calls during the Tasklist tour").isEmpty();
    }

    private void logIn(String app, String user) {
        browser.logIn(app, user);
        trackCalls();
    }

    /** From the logged-in page on, in it and in every page opened after it, the calls are counted. */
    private void trackCalls() {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TRACK_CALLS));
        driver.executeScript(TRACK_CALLS);
    }

    private void visit(String app, String route, String name) throws IOException {
        driver.get(browser.url("/camunda/app/" + app + "/default/" + route));
        settle(name);
    }

    /** Lets the single-page app make its calls until it is quiet, then keeps a picture of what it shows. */
    private void settle(String name) throws IOException {
        wait.until(d -> "complete".equals(driver.executeScript("return document.readyState")));
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript(CALLS_SETTLED, QUIET_MILLIS)));
        browser.screenshot(Path.of("target", "allow-list-" + name.replace('/', '-') + ".png"));
    }

    private List<String> guardLines() {
        return guardLog.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
