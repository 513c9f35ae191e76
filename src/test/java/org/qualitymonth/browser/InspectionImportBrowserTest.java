package org.qualitymonth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A provincial administrator imports a messy sheet in Chromium: plan, upload, mapping, progress, error report. */
@IntegrationTest
class InspectionImportBrowserTest {

    @LocalServerPort
    int port;

    private WebDriver browser;

    @BeforeEach
    void open() {
        browser = BrowserSupport.start();
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void uploadConfirmWatchAndReadTheErrorReport() throws Exception {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("zhejiang.admin");
        browser.findElement(By.id("password")).sendKeys(TestData.PASSWORD);
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/console$"));

        browser.get(url("/console/inspection"));
        BrowserSupport.assertAccessible(browser, "spot-check plans");
        browser.findElement(By.id("title")).sendKeys("2026年浙江省电饭煲和空气净化器监督抽查（浏览器）");
        click(By.id("cat-RICE_COOKER"));
        click(By.id("cat-AIR_PURIFIER"));
        click(By.cssSelector("form[action$='/console/inspection/plans'] button[type=submit]"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/console/inspection/plans/\\d+$"));

        click(By.linkText("导入检验结果表"));
        BrowserSupport.assertAccessible(browser, "upload form");
        browser.findElement(By.id("file")).sendKeys(Path.of("src/test/resources/inspection/bad-rows.csv").toAbsolutePath().toString());
        click(By.cssSelector("main form button[type=submit]"));

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("col1")));
        assertThat(browser.findElement(By.cssSelector("#col1 option[selected]")).getAttribute("value")).isEqualTo("PRODUCT");
        BrowserSupport.assertAccessible(browser, "mapping");
        BrowserSupport.screenshot(browser, "inspection-mapping");
        browser.findElement(By.id("publisher")).sendKeys("浙江省质量科学研究院");
        click(By.cssSelector("main form button[type=submit]"));

        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("progress"), "导入 2 行，6 行未导入"));
        BrowserSupport.assertAccessible(browser, "import done");
        BrowserSupport.screenshot(browser, "inspection-import-done");
        String report = browser.findElement(By.linkText("下载错误报告（CSV）")).getAttribute("href");
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(report))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("未知的产品类别：游艇").contains("统一社会信用代码校验位不正确");

        browser.get(url("/console/disposal"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#overdue-chart svg")));
        BrowserSupport.assertAccessible(browser, "disposal console");
        BrowserSupport.screenshot(browser, "disposal-console");
        click(By.cssSelector("main table:last-of-type tbody a"));
        BrowserSupport.assertAccessible(browser, "disposal task");
        click(By.linkText("查看检验结果"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        BrowserSupport.assertAccessible(browser, "result with lifecycle");
        BrowserSupport.screenshot(browser, "inspection-result");
    }

    /** Scrolls the element to the middle at once (no smooth scrolling): the footer may cover the bottom of the window. */
    private void click(By by) {
        var element = browser.findElement(by);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
