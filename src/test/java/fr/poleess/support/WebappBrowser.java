package fr.poleess.support;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.poleess.support.journey.JourneyApi;

/**
 * A headless Chromium on the running application, for the browser tests ({@code *BrowserTest}, run first
 * by {@link BrowserTestsFirst}): French browser in Paris time, one login helper for every webapp and demo
 * account, clicks that wait for the element, screenshots. Needs {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver} (Debian packages {@code chromium} and {@code chromium-driver});
 * {@link #REQUIRE_CHROMIUM} skips the test without them.
 */
public final class WebappBrowser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /**
     * Skips the test, before Spring starts the application for it, when the browser is not installed.
     * Register it with {@code @RegisterExtension} on a static field: checked for the test method rather
     * than in {@code @BeforeAll}, whose skip reports hide the reason.
     */
    public static final TestInstancePreConstructCallback REQUIRE_CHROMIUM = (factoryContext, context) -> {
        List<String> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(path -> !Files.isExecutable(path))
                .map(Path::toString).toList();
        Assumptions.assumeTrue(missing.isEmpty(), () -> "Browser test skipped: " + String.join(" and ", missing)
                + " missing; install the Debian packages chromium and chromium-driver, as .ci/run does");
    };

    private final String baseUrl;
    private final Path profile;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    public WebappBrowser(int port) throws IOException {
        this.baseUrl = "http://127.0.0.1:" + port;
        this.profile = Files.createTempDirectory("webapp-browser-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--window-size=1400,1000", "--lang=fr-FR", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
        // Kept for the failure evidence of a test (see browserLog()).
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        // An explicit driver file: Selenium Manager, which would download one, never runs.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withEnvironment(Map.of("TZ", "Europe/Paris")).build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // Angular re-renders parts of the page, and a notification may briefly cover a button.
        wait.ignoring(StaleElementReferenceException.class).ignoring(ElementClickInterceptedException.class);
        // A French computer in Paris: dates in the page (Intl, form-js date fields: jj/mm/aaaa) and times.
        // --lang alone does not do it: Debian's chromium without chromium-l10n only knows en-US.
        driver.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "fr-FR"));
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Europe/Paris"));
        driver.executeCdpCommand("Network.enable", Map.of());
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    public String url(String path) {
        return baseUrl + path;
    }

    /**
     * Opens a webapp ({@code tasklist}, {@code cockpit}, {@code admin}, {@code welcome}) and logs in with a
     * demo account's password, as its login form does; returns once the login form is gone.
     */
    public void logIn(String app, String user) {
        /*
         * On its login page a webapp asks GET /camunda-welcome whether a welcome page exists. If the
         * application answers 401 with "WWW-Authenticate: Basic", the browser opens its own sign-in
         * dialog, which (invisible in headless mode) swallows every key typed afterwards. Blocking the
         * request makes the webapps behave as when there is no welcome page. Only while logging in:
         * Chrome matches the pattern anywhere in a URL, so it would also block the welcome app's
         * camunda-welcome-bootstrap.js.
         */
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/camunda-welcome")));
        driver.get(url("/camunda/app/" + app + "/"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")))
                .sendKeys(user);
        driver.findElement(By.cssSelector("input[ng-model=password]")).sendKeys(JourneyApi.PASSWORD);
        click(By.cssSelector("button[type=submit]"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model=password]")));
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
    }

    /** Logs out of the webapps (their session is shared), so that another account may log in. */
    public void logOut() {
        driver.manage().deleteAllCookies();
        driver.get(url("/camunda/app/welcome/"));
        driver.executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
    }

    /**
     * Clicks once the element can take the click: scrolled to the middle of the view, so that neither
     * the webapps' footer nor a notification at the bottom covers it.
     */
    public void click(By locator) {
        wait.until(ignored -> {
            WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(driver);
            if (element == null) {
                return false;
            }
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            element.click();
            return true;
        });
    }

    /** The text a person sees on the page (hidden elements excluded), no-break spaces as spaces. */
    public String visibleText() {
        return driver.findElement(By.tagName("body")).getText().replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /** What the page wrote to the browser's console, one entry a line. */
    public String browserLog() {
        StringBuilder log = new StringBuilder();
        driver.manage().logs().get("browser").forEach(entry -> log.append(entry).append('\n'));
        return log.toString();
    }

    public void screenshot(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    }

    /**
     * A screenshot scaled down to {@code width} pixels, for the user guide: readable, and light in git.
     * The pointer leaves the page first, so that no tooltip covers the screen. An existing file showing
     * almost the same picture is left as it is.
     */
    public void screenshot(Path file, int width) throws IOException {
        new Actions(driver).moveToLocation(1, 1).perform();
        driver.executeScript("document.querySelectorAll('.tooltip').forEach(t => t.remove())");
        BufferedImage full = ImageIO.read(new ByteArrayInputStream(driver.getScreenshotAs(OutputType.BYTES)));
        int height = full.getHeight() * width / full.getWidth();
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = small.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        graphics.drawImage(full, 0, 0, width, height, null);
        graphics.dispose();
        if (Files.exists(file) && almostTheSame(ImageIO.read(file.toFile()), small)) {
            return;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(small, "png", file.toFile());
    }

    /**
     * Whether a new screenshot shows the same screen as the committed one: same size and less than 2 %
     * of the pixels changed (a clock, an id). Keeps the working tree clean when nothing really changed.
     */
    private static boolean almostTheSame(BufferedImage before, BufferedImage after) {
        if (before == null || before.getWidth() != after.getWidth() || before.getHeight() != after.getHeight()) {
            return false;
        }
        long changed = 0;
        for (int y = 0; y < after.getHeight(); y++) {
            for (int x = 0; x < after.getWidth(); x++) {
                if ((before.getRGB(x, y) & 0xffffff) != (after.getRGB(x, y) & 0xffffff)) {
                    changed++;
                }
            }
        }
        return changed * 50 < (long) after.getWidth() * after.getHeight();
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
