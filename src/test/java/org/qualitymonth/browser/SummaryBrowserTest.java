package org.qualitymonth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qualitymonth.media.TestMedia;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A city writes its summary with figures and a photo and submits it; its leading group finds it in the queue, in Chromium. */
@IntegrationTest
class SummaryBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    private WebDriver browser;

    @BeforeEach
    void open() {
        if (jdbc.sql("select count(*) from app_user where username = 'lishui.browser'").query(Long.class).single() == 0) {
            jdbc.sql("insert into app_user (username, password_hash, display_name, role, organization_id) "
                            + "select 'lishui.browser', ?, '丽水测试员', 'CITY_ADMIN', id from organization where type = 'AUTHORITY' and region_code = '331100'")
                    .param(passwords.encode(TestData.PASSWORD)).update();
        }
        // the demo generator wrote a summary for 丽水; this test writes it from the start
        String mine = "(select p.id from activity_plan p join organization o on o.id = p.organization_id "
                + "where p.kind = 'SUMMARY' and o.type = 'AUTHORITY' and o.region_code = '331100')";
        jdbc.sql("delete from plan_step where plan_id in " + mine).update();
        jdbc.sql("delete from plan_version where plan_id in " + mine).update();
        jdbc.sql("delete from activity_plan where id in " + mine).update();
        browser = BrowserSupport.start();
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void cityWritesAndSubmitsItsSummaryAndTheProvinceFindsIt() throws Exception {
        login("lishui.browser");
        browser.get(url("/console/summaries/mine"));
        type("narrative", "今年“质量月”期间，我市围绕生态产品质量提升开展启动仪式、质量开放日和重点产品抽查，企业和群众广泛参与，取得明显成效。");
        type("figures.participants", "-3");
        BrowserSupport.click(browser, By.cssSelector("button[name=action][value=save]"));
        assertThat(browser.findElement(By.cssSelector(".alert-danger")).getText()).contains("不能小于0");
        BrowserSupport.assertAccessible(browser, "summary form with an error");

        type("figures.activitiesHeld", "18");
        type("figures.participants", "6400");
        type("figures.fundsInvested", "42.5");
        BrowserSupport.click(browser, By.cssSelector("button[name=action][value=save]"));
        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("总结草稿已保存");

        Path photo = Files.createTempFile("summary-photo", ".jpg");
        Files.write(photo, TestMedia.image("jpg", 1200, 800, 42));
        browser.findElement(By.id("media-file")).sendKeys(photo.toString());
        BrowserSupport.click(browser, By.cssSelector("form[enctype] button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("照片已上传");
        assertThat(browser.findElements(By.cssSelector(".gallery img"))).hasSize(1);
        BrowserSupport.assertAccessible(browser, "summary form with a photo");
        Files.delete(photo);

        BrowserSupport.click(browser, By.cssSelector("button[name=action][value=submit]"));
        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("活动总结已报送");
        assertThat(browser.findElement(By.cssSelector(".badge.status-SUBMITTED")).isDisplayed()).isTrue();
        BrowserSupport.screenshot(browser, "summary-submitted");
        BrowserSupport.assertAccessible(browser, "submitted summary with gallery");
        logout();

        login("zhejiang.reviewer");
        browser.get(url("/console/reviews"));
        BrowserSupport.click(browser, By.xpath("//tr[td[contains(., '丽水市市场监督管理局')] and .//span[contains(@class, 'kind-SUMMARY')]]//a"));
        assertThat(browser.findElement(By.cssSelector(".summary-narrative")).getText()).contains("生态产品质量提升");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("6400");
        BrowserSupport.assertAccessible(browser, "summary page for the reviewer");
        BrowserSupport.click(browser, By.cssSelector("button[name=decision][value=FORWARD]"));
        BrowserSupport.waitForUrl(browser, "/console/reviews");
        assertThat(jdbc.sql("select p.status from activity_plan p join organization o on o.id = p.organization_id "
                + "where p.kind = 'SUMMARY' and o.type = 'AUTHORITY' and o.region_code = '331100'").query(String.class).single())
                .isEqualTo("FORWARDED");
        logout();

        login("admin");
        browser.get(url("/console/supervision/summaries"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#progress-chart svg")));
        BrowserSupport.screenshot(browser, "summary-progress");
        BrowserSupport.assertAccessible(browser, "summary completion by province");
        BrowserSupport.click(browser, By.xpath("//tr/th/a[contains(., '浙江省')]"));
        BrowserSupport.click(browser, By.xpath("//tr/th/a[contains(., '丽水市')]"));
        BrowserSupport.click(browser, By.xpath("//td/a[contains(., '丽水市市场监督管理局')]"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("活动总结");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void login(String username) {
        BrowserSupport.signIn(browser, url(""), username, TestData.PASSWORD);
    }

    private void logout() {
        BrowserSupport.click(browser, By.cssSelector(".console-nav form button"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("loggedOut"));
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

}
