package org.qualitymonth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qualitymonth.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A visitor goes from the home page to a category board, filters the public list of results and opens one failed
 * result with its failed items, in Chromium.
 */
@IntegrationTest
class PublicAnnouncementsBrowserTest {

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
    void boardThenFilteredList() {
        browser.get(url("/"));
        BrowserSupport.click(browser, By.cssSelector("a[href='/categories/RICE_COOKER']"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#region-chart svg")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("电饭煲");
        BrowserSupport.assertAccessible(browser, "category board");
        BrowserSupport.screenshot(browser, "category-board");

        BrowserSupport.click(browser, By.linkText("查看该类别全部抽查结果"));
        new Select(browser.findElement(By.id("conclusion"))).selectByValue("FAIL");
        new Select(browser.findElement(By.id("region"))).selectByValue("330000");
        BrowserSupport.click(browser, By.cssSelector("form.filter-panel button[type=submit]"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("conclusion=FAIL"));
        assertThat(browser.findElements(By.cssSelector(".result-table tbody tr"))).isNotEmpty()
                .allSatisfy(row -> assertThat(row.getText()).contains("不合格").contains("电饭煲"));
        BrowserSupport.assertAccessible(browser, "public result list");
        BrowserSupport.screenshot(browser, "public-results");

        String list = browser.getCurrentUrl();
        BrowserSupport.click(browser, By.cssSelector(".result-table tbody tr a.fw-semibold"));
        assertThat(browser.findElement(By.id("items-title")).getText()).isEqualTo("不合格项目");
        assertThat(browser.findElements(By.cssSelector("main table tbody tr"))).isNotEmpty()
                .allSatisfy(row -> assertThat(row.findElements(By.tagName("td"))).hasSize(3));
        BrowserSupport.assertAccessible(browser, "public result page");
        BrowserSupport.screenshot(browser, "public-result");
        browser.get(list);

        BrowserSupport.click(browser, By.cssSelector(".announcement-list a"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("抽查");
        BrowserSupport.assertAccessible(browser, "announcement page");
    }


    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
