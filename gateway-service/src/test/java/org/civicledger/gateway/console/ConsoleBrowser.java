package org.civicledger.gateway.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the console's tests: Debian's {@code chromium}, headless, at an office screen's 1366×768, driven
 * through Debian's {@code chromium-driver} (both installed by {@code .ci/run} with apt-get; nothing is downloaded).
 * Every page a test visits can be {@link #check checked}: its screenshot is written to
 * {@code target/console-screenshots/<language>/<name>.png}, axe-core (from npm, {@code target/axe-core}) audits it
 * and no serious or critical violation may remain, and no request of the page may have left the gateway's origin.
 */
public final class ConsoleBrowser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path AXE = Path.of("target/axe-core/package/axe.min.js");
    private static final Path SCREENSHOTS = Path.of("target/console-screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final List<String> requests = new ArrayList<>();

    /** Starts the browser against the running test gateway; downloads are not configured. */
    public ConsoleBrowser() {
        this(null);
    }

    /**
     * Starts the browser against the running test gateway, saving downloads without asking into {@code downloads}
     * (created if missing; {@code null}: the browser's default).
     */
    public ConsoleBrowser(Path downloads) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("the console's browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install chromium chromium-driver (.ci/run does)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1366,768", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions");
        if (downloads != null) {
            try {
                Files.createDirectories(downloads);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            options.setExperimentalOption("prefs", Map.of(
                    "download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false, "download.directory_upgrade", true,
                    "safebrowsing.enabled", false));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** @return the gateway's origin, {@code http://127.0.0.1:<port>} */
    public String origin() {
        return "http://127.0.0.1:" + RestAssured.port;
    }

    /** @return the driver, for what this class does not wrap */
    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a path of the gateway ({@code /console/...}). */
    public void open(String path) {
        driver.get(origin() + path);
    }

    /** Signs in with {@code token} on the sign-in page in {@code language} ({@code zh-CN} or {@code en}). */
    public void signIn(String token, String language) {
        open("/console/signin?lang=" + language);
        driver.findElement(By.id("token")).sendKeys(token);
        driver.findElement(By.cssSelector("#signin button[type=submit]")).click();
        try {
            wait.until(d -> !d.getCurrentUrl().contains("/console/signin"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("still on the sign-in page: " + driver.getCurrentUrl() + "\n"
                    + driver.getPageSource(), e);
        }
        waitForPage();
    }

    /** Signs out with the page's button and waits for the sign-in page. */
    public void signOut() {
        driver.findElement(By.cssSelector("form.signout button")).click();
        wait.until(ExpectedConditions.urlContains("/console/signin"));
    }

    /**
     * Waits until the page's module has shown its first data ({@code loaded()} of console.js sets {@code data-ready}
     * on {@code <html>}); pages without a module (sign-in, 403) are ready when loaded.
     */
    public void waitForPage() {
        wait.until(d -> "true".equals(((JavascriptExecutor) d).executeScript(
                "return String(document.readyState === 'complete' && (document.documentElement.dataset.ready === 'true'"
                        + " || !document.documentElement.dataset.page.includes('-')))")));
    }

    /** @return the element, once it is visible */
    public WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the element's text contains {@code text}; @return the element */
    public WebElement waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return driver.findElement(by);
    }

    /** Waits for {@code condition} (up to 30 seconds). */
    public <T> T waitUntil(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
        return wait.until(condition);
    }

    /** Resizes the window (a tablet: 800×1280; the office screen the browser starts with: 1366×768). */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** @return how many CSS pixels the page is wider than the window (0: nothing to scroll sideways) */
    public long overflow() {
        return ((Number) driver.executeScript("return Math.max(0, document.documentElement.scrollWidth"
                + " - document.documentElement.clientWidth)")).longValue();
    }

    /** @return the value of the session cookie, for a request outside the browser */
    public String sessionCookie() {
        Cookie cookie = driver.manage().getCookieNamed(ConsoleCookies.SESSION);
        return cookie == null ? null : cookie.getValue();
    }

    /** @return the session cookie as the browser holds it (its flags) */
    public Cookie sessionCookieFlags() {
        return driver.manage().getCookieNamed(ConsoleCookies.SESSION);
    }

    /**
     * Checks the page now shown: writes its screenshot as {@code <language>/<name>.png}, runs axe-core on it (no
     * serious or critical violation) and checks that every request the page made so far went to the gateway.
     */
    public void check(String name) {
        screenshot(name);
        List<String> violations = accessibility();
        assertEquals(List.of(), violations, "axe-core: serious or critical violations on " + name);
        List<String> elsewhere = requestsElsewhere();
        assertEquals(List.of(), elsewhere, "requests that left the gateway's origin on " + name);
    }

    /** Writes the screenshot of the page as {@code target/console-screenshots/<language>/<name>.png}. */
    public Path screenshot(String name) {
        String language = (String) driver.executeScript("return document.documentElement.lang");
        Path file = SCREENSHOTS.resolve(language).resolve(name + ".png");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** @return axe-core's serious and critical violations on the page: {@code id (impact): target, ...} */
    public List<String> accessibility() {
        try {
            driver.executeScript(Files.readString(AXE, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is fetched by the build (download-maven-plugin) to " + AXE, e);
        }
        String found = (String) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', ')))))"
                + ".catch(e => done(JSON.stringify(['axe failed: ' + e])));");
        try {
            List<String> out = new ArrayList<>();
            JSON.readTree(found).forEach(n -> out.add(n.asText()));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the URLs the browser requested, since it started, that are not the gateway's (data: and blob: are) */
    public List<String> requestsElsewhere() {
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                if ("Network.requestWillBeSent".equals(message.path("method").asText())) {
                    requests.add(message.path("params").path("request").path("url").asText());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertTrue(!requests.isEmpty(), "the browser's network log recorded no request at all");
        return requests.stream().filter(u -> !u.startsWith(origin() + "/") && !u.startsWith("data:")
                && !u.startsWith("blob:")).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
