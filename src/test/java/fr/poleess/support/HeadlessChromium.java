package fr.poleess.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for the browser tests ({@code *BrowserTest}), started the same way for each: a
 * throw-away profile, French language, Paris time, and the webapps' welcome probe blocked.
 * <p>
 * Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (Debian packages {@code chromium}
 * and {@code chromium-driver}); {@link #REQUIRED} skips a test class without them.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /**
     * Register with {@code @RegisterExtension static}: skips the test, before Spring starts the
     * application for it, when the browser is not installed. Checked for the test method rather than in
     * {@code @BeforeAll}, whose skip reports hide the reason.
     */
    public static final TestInstancePreConstructCallback REQUIRED = (factoryContext, context) -> {
        List<String> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(path -> !Files.isExecutable(path))
                .map(Path::toString).toList();
        Assumptions.assumeTrue(missing.isEmpty(), () -> "Browser test skipped: " + String.join(" and ", missing)
                + " missing; install the Debian packages chromium and chromium-driver, as .ci/run does");
    };

    private final Path profile;
    private final ChromeDriver driver;

    private HeadlessChromium(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    public static HeadlessChromium start() throws IOException {
        Path profile = Files.createTempDirectory("chromium-it-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--window-size=1400,1000", "--lang=fr-FR", "--user-data-dir=" + profile);
        // An explicit driver file: Selenium Manager, which would download one, never runs.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withEnvironment(Map.of("TZ", PARIS.getId())).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        /*
         * On their login page the webapps ask GET /camunda-welcome whether a welcome page exists. The
         * application answers 401 with "WWW-Authenticate: Basic", so the browser opens its own sign-in
         * dialog, which (invisible in headless mode) swallows every key typed afterwards. Blocking the
         * request makes the webapps behave as when there is no welcome page.
         */
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/camunda-welcome")));
        return new HeadlessChromium(profile, driver);
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
