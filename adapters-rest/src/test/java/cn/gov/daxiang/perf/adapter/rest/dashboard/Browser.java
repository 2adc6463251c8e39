package cn.gov.daxiang.perf.adapter.rest.dashboard;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium, headless, driven by Debian's ChromeDriver (scripts/provision-browser.sh installs both), at
 * 1366×768 unless told otherwise: signs in as a demo identity, opens dashboard pages, reads their figures and saves
 * full-page screenshots under target/dashboard-screenshots.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "dashboard-screenshots");
    private static final String CHROMIUM = System.getenv().getOrDefault("PERF_CHROMIUM", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getenv().getOrDefault("PERF_CHROMEDRIVER", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final String base;
    private final Path profile;

    Browser(String base) throws IOException {
        this(base, 1366, 768);
    }

    Browser(String base, int width, int height) throws IOException {
        assertThat(new File(CHROMIUM)).as("Chromium (run scripts/provision-browser.sh)").canRead();
        assertThat(new File(CHROMEDRIVER)).as("ChromeDriver (run scripts/provision-browser.sh)").canRead();
        this.base = base;
        this.profile = Files.createTempDirectory("dashboard-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // The machine has no network beyond loopback: Chromium's own background connections are turned off.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=zh-CN", "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        // The viewport itself at the size asked for (the window's frame would otherwise take some of it).
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 900));
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens the dashboard, is sent to sign in, and chooses the demo identity. */
    void signIn(String identity) {
        driver.manage().deleteAllCookies();
        open("/dashboard");
        assertThat(driver.getCurrentUrl()).as("an anonymous browser is sent to sign in").contains("/dashboard/sign-in");
        driver.findElement(By.id("sign-in-" + identity)).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/sign-in"));
    }

    void open(String path) {
        driver.get(base + path);
    }

    /** Opens a page and waits until its charts are drawn. */
    void page(String path) {
        open(path);
        awaitCharts();
    }

    void awaitCharts() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector("[data-chart]")).stream()
                .allMatch(c -> "true".equals(c.getDomAttribute("data-drawn")) || "true".equals(c.getDomProperty("dataset.drawn"))
                        || !c.findElements(By.cssSelector("svg")).isEmpty()));
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    WebElement figure(String key) {
        return driver.findElement(By.cssSelector("[data-figure='" + key + "']"));
    }

    String figureText(String key) {
        return figure(key).getText().strip();
    }

    String figureExact(String key) {
        return figure(key).getDomAttribute("data-exact");
    }

    String cell(String key) {
        return driver.findElement(By.cssSelector("[data-cell='" + key + "']")).getText().strip();
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The whole page as a PNG (beyond the viewport), saved as target/dashboard-screenshots/{name}.png. */
    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        return file;
    }

    Dimension viewport() {
        Number width = (Number) script("return window.innerWidth");
        Number height = (Number) script("return window.innerHeight");
        return new Dimension(width.intValue(), height.intValue());
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
