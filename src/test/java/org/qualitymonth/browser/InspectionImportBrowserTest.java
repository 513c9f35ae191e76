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
        BrowserSupport.signIn(browser, url(""), "zhejiang.admin", TestData.PASSWORD);

        browser.get(url("/console/inspection"));
        BrowserSupport.assertAccessible(browser, "spot-check plans");
        browser.findElement(By.id("title")).sendKeys("2026年浙江省电饭煲和空气净化器监督抽查（浏览器）");
        BrowserSupport.click(browser, By.id("cat-RICE_COOKER"));
        BrowserSupport.click(browser, By.id("cat-AIR_PURIFIER"));
        BrowserSupport.click(browser, By.cssSelector("form[action$='/console/inspection/plans'] button[type=submit]"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/console/inspection/plans/\\d+$"));
        String plan = browser.getCurrentUrl();

        BrowserSupport.click(browser, By.linkText("导入检验结果表"));
        BrowserSupport.assertAccessible(browser, "upload form");
        browser.findElement(By.id("file")).sendKeys(Path.of("src/test/resources/inspection/bad-rows.csv").toAbsolutePath().toString());
        BrowserSupport.click(browser, By.cssSelector("main form button[type=submit]"));

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("col1")));
        assertThat(browser.findElement(By.cssSelector("#col1 option[selected]")).getAttribute("value")).isEqualTo("PRODUCT");
        BrowserSupport.assertAccessible(browser, "mapping");
        BrowserSupport.screenshot(browser, "inspection-mapping");
        browser.findElement(By.id("publisher")).sendKeys("浙江省质量科学研究院");
        BrowserSupport.click(browser, By.cssSelector("main form button[type=submit]"));

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
        BrowserSupport.click(browser, By.cssSelector("main table:last-of-type tbody a"));
        BrowserSupport.assertAccessible(browser, "disposal task");
        BrowserSupport.click(browser, By.linkText("查看检验结果"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        BrowserSupport.assertAccessible(browser, "result with lifecycle");
        BrowserSupport.screenshot(browser, "inspection-result");

        announceAndFindBySearch(plan);
    }

    /** After the announcement the imported results are found on the public site through the header's search box. */
    private void announceAndFindBySearch(String plan) {
        browser.get(plan);
        BrowserSupport.click(browser, By.cssSelector("form[action$='/announce'] button[type=submit]"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("form[action$='/withdraw']")));
        browser.get(url("/"));
        new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(1)).until(driver -> {
            var box = driver.findElement(By.id("site-search-q"));
            box.clear();
            box.sendKeys("浙江测试电器 电饭煲");
            box.submit();
            return !driver.findElements(By.cssSelector(".search-hit")).isEmpty();
        });
        assertThat(browser.findElement(By.cssSelector(".search-hit")).getText()).contains("浙江测试电器有限公司");
        assertThat(browser.findElements(By.cssSelector(".search-hit mark"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).matches("共找到 [1-9][0-9,]* 条抽查结果");
        BrowserSupport.assertAccessible(browser, "search results");
        BrowserSupport.screenshot(browser, "search-results");
        BrowserSupport.click(browser, By.cssSelector(".search-facets a[href*='conclusion=']"));
        assertThat(browser.getCurrentUrl()).contains("q=").contains("conclusion=");
        BrowserSupport.assertAccessible(browser, "search results with a facet");
        browser.get(url("/search?lang=en&q=" + java.net.URLEncoder.encode("电饭煲", StandardCharsets.UTF_8)));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).endsWith("spot-check results found");
        BrowserSupport.assertAccessible(browser, "search results in English");
    }

    /** Scrolls the element to the middle at once (no smooth scrolling): the footer may cover the bottom of the window. */

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
