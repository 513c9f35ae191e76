package org.qualitymonth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's Chromium through its chromedriver, headless, with nothing downloaded at run time. */
final class BrowserSupport {

    private static final String CHROMEDRIVER = System.getProperty("qm.chromedriver", "/usr/bin/chromedriver");
    private static final String CHROMIUM = System.getProperty("qm.chromium", "/usr/bin/chromium");

    private BrowserSupport() {
    }

    static WebDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update",
                "--disable-sync", "--window-size=1366,900", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Runs axe-core on the current page and fails on any WCAG 2.1 A/AA violation, naming rule and elements. */
    static void assertAccessible(WebDriver driver, String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        List<Rule> violations = results.getViolations();
        String report = violations.stream()
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " @ " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).limit(3).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertThat(violations).as(page + "\n" + report).isEmpty();
    }

    /** Keeps a screenshot under target/screenshots for people to look at. */
    static void screenshot(WebDriver driver, String name) {
        try {
            Path dir = Path.of("target/screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Clicks as a person would, after bringing the element to the middle of the window: a click at the edge of
     * the viewport can land on whatever overlaps it there and be refused.
     */
    static void click(WebDriver driver, By selector) {
        click(driver, driver.findElement(selector));
    }

    static void click(WebDriver driver, WebElement element) {
        // Images still loading above the element may move it after the scroll: scroll again and retry.
        new WebDriverWait(driver, Duration.ofSeconds(5)).ignoring(ElementClickInterceptedException.class).until(d -> {
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
            element.click();
            return true;
        });
    }

    /** Waits until the browser has arrived at an address ending with the suffix (after a form's redirect). */
    static void waitForUrl(WebDriver driver, String suffix) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.urlMatches(".*" + java.util.regex.Pattern.quote(suffix) + "$"));
    }

    /** Signs in through the login form and waits for the console. */
    static void signIn(WebDriver driver, String baseUrl, String username, String password) {
        driver.get(baseUrl + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        click(driver, By.cssSelector("main button[type=submit]"));
        waitForUrl(driver, "/console");
    }
}
