package org.qualitymonth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import java.time.Duration;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The foundation's flows as a person clicks through them, in real Chromium, checked with axe-core. */
@IntegrationTest
class FoundationBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private WebDriver browser;

    @BeforeEach
    void open() {
        browser = BrowserSupport.start();
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void homePageInThreeLanguages() {
        String[][] languages = {{"zh_CN", "zh-CN", "活动重点", "10类重点消费品"},
                {"zh_TW", "zh-TW", "活動重點", "10類重點消費品"},
                {"en", "en", "Focus areas", "The 10 key consumer-goods categories"}};
        for (String[] language : languages) {
            browser.get(url("/?lang=" + language[0]));
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language[1]);
            assertThat(browser.findElement(By.id("focus-title")).getText()).isEqualTo(language[2]);
            assertThat(browser.findElement(By.id("categories-title")).getText()).isEqualTo(language[3]);
            assertThat(browser.findElements(By.cssSelector(".category-tile"))).hasSize(10);
            new WebDriverWait(browser, Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#category-chart svg")));
            BrowserSupport.screenshot(browser, "home-" + language[1]);
            BrowserSupport.assertAccessible(browser, "home " + language[1]);
        }
        browser.get(url("/search"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        browser.get(url("/activities?lang=zh_CN&province=330000&view=list"));
        assertThat(browser.findElements(By.cssSelector(".activity-result"))).isNotEmpty();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tile-map svg")));
        BrowserSupport.assertAccessible(browser, "activity calendar");
        BrowserSupport.click(browser, By.cssSelector(".activity-result a"));
        assertThat(browser.findElement(By.cssSelector("a[href$='.ics']")).isDisplayed()).isTrue();
        BrowserSupport.assertAccessible(browser, "activity page");
        browser.get(url("/activities/statistics"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".stats-chart svg")));
        BrowserSupport.screenshot(browser, "activity-statistics");
        BrowserSupport.assertAccessible(browser, "activity statistics");
    }

    @Test
    void accessibilityCheckCatchesAViolation() {
        browser.get("data:text/html,<html lang=en><body><main><img src=x.png><button></button></main></body></html>");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BrowserSupport.assertAccessible(browser, "broken page"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("image-alt");
    }

    @Test
    void provincialAdministratorCreatesAnEnterprise() {
        browser.get(url("/login"));
        BrowserSupport.assertAccessible(browser, "login");
        browser.findElement(By.id("username")).sendKeys("zhejiang.admin");
        browser.findElement(By.id("password")).sendKeys(TestData.PASSWORD);
        BrowserSupport.click(browser, By.cssSelector("main button[type=submit]"));
        BrowserSupport.waitForUrl(browser, "/console");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("陈晓燕");
        BrowserSupport.assertAccessible(browser, "console");

        browser.get(url("/console/organizations/new"));
        String name = "宁波浏览器测试家纺有限公司";
        browser.findElement(By.id("name")).sendKeys(name);
        String valid = TestData.creditCode("330203");
        char wrongCheck = valid.charAt(17) == '0' ? '1' : '0';
        browser.findElement(By.id("creditCode")).sendKeys(valid.substring(0, 17) + wrongCheck);
        new Select(browser.findElement(By.id("regionCode"))).selectByValue("330203");
        new Select(browser.findElement(By.id("categoryCode"))).selectByValue("BEDDING");
        BrowserSupport.click(browser, By.cssSelector("form button[type=submit].btn-primary"));

        WebElement error = browser.findElement(By.id("creditCode-error"));
        assertThat(error.isDisplayed()).isTrue();
        assertThat(error.getText()).contains("校验位不正确");
        assertThat(browser.findElement(By.id("creditCode")).getAttribute("class")).contains("is-invalid");
        assertThat(jdbc.sql("select count(*) from organization where name = ?").param(name).query(Long.class).single()).isZero();
        BrowserSupport.screenshot(browser, "organization-form-error");
        BrowserSupport.assertAccessible(browser, "organization form with error");

        WebElement creditCode = browser.findElement(By.id("creditCode"));
        creditCode.clear();
        creditCode.sendKeys(valid, org.openqa.selenium.Keys.ENTER);
        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains(name);
        assertThat(browser.findElement(By.cssSelector("table tbody")).getText()).contains(name).contains(valid).contains("浙江省 宁波市 海曙区");
        BrowserSupport.screenshot(browser, "organization-list");
        BrowserSupport.assertAccessible(browser, "organization list");

        BrowserSupport.click(browser, By.cssSelector(".console-nav form button"));
        BrowserSupport.waitForUrl(browser, "/?loggedOut");
        browser.get(url("/console"));
        BrowserSupport.waitForUrl(browser, "/login");
    }


}
