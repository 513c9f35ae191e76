package org.qualitymonth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A city plan through its whole route, clicked through by the four people involved, in real Chromium. */
@IntegrationTest
class PlanRouteBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    private WebDriver browser;

    @BeforeEach
    void open() {
        if (jdbc.sql("select count(*) from app_user where username = 'shaoxing.browser'").query(Long.class).single() == 0) {
            jdbc.sql("insert into app_user (username, password_hash, display_name, role, organization_id) "
                            + "select 'shaoxing.browser', ?, '绍兴测试员', 'CITY_ADMIN', id from organization where type = 'AUTHORITY' and region_code = '330600'")
                    .param(passwords.encode(TestData.PASSWORD)).update();
        }
        browser = BrowserSupport.start();
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void cityWritesProvinceReturnsCityResubmitsProvinceForwardsNationAccepts() {
        login("shaoxing.browser");
        browser.get(url("/console/plans/mine"));
        type("objectives", "围绕十类重点消费品开展质量提升行动");
        type("workItems0.focusArea", "质量品牌提升");
        type("workItems0.content", "组织纺织服装企业对标达标");
        type("workItems0.responsibleUnit", "市场监管局质量发展科");
        setDate("workItems0.deadline", "2026-09-15");
        type("budget", "专项经费30万元");
        BrowserSupport.assertAccessible(browser, "plan form");
        BrowserSupport.click(browser, By.cssSelector("button[name=action][value=submit]"));
        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("方案已报送");
        logout();

        login("zhejiang.reviewer");
        browser.get(url("/console/reviews"));
        BrowserSupport.assertAccessible(browser, "review queue");
        BrowserSupport.click(browser, By.xpath("//tr[td[contains(., '绍兴市市场监督管理局')] and .//span[contains(@class, 'kind-PLAN')]]//a"));
        type("comment", "请补充活动经费的具体用途。");
        BrowserSupport.click(browser, By.cssSelector("button[name=decision][value=RETURN]"));
        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("已退回修改");
        logout();

        login("shaoxing.browser");
        browser.get(url("/console/plans/mine"));
        assertThat(browser.findElement(By.cssSelector(".history")).getText()).contains("请补充活动经费的具体用途。");
        WebElement budget = browser.findElement(By.id("budget"));
        budget.clear();
        budget.sendKeys("专项经费30万元，其中宣传15万元、培训10万元、抽检5万元");
        BrowserSupport.click(browser, By.cssSelector("button[name=action][value=submit]"));
        assertThat(browser.findElement(By.cssSelector(".badge.status-SUBMITTED")).isDisplayed()).isTrue();
        logout();

        login("zhejiang.reviewer");
        browser.get(url("/console/reviews"));
        BrowserSupport.click(browser, By.xpath("//tr[td[contains(., '绍兴市市场监督管理局')] and .//span[contains(@class, 'kind-PLAN')]]//a"));
        BrowserSupport.click(browser, By.cssSelector("button[name=decision][value=FORWARD]"));
        BrowserSupport.waitForUrl(browser, "/console/reviews");
        logout();

        login("admin");
        browser.get(url("/console/reviews"));
        BrowserSupport.click(browser, By.xpath("//tr[td[contains(., '绍兴市市场监督管理局')] and .//span[contains(@class, 'kind-PLAN')]]//a"));
        BrowserSupport.screenshot(browser, "plan-final-review");
        BrowserSupport.assertAccessible(browser, "plan page for the national reviewer");
        BrowserSupport.click(browser, By.cssSelector("button[name=decision][value=ACCEPT]"));
        BrowserSupport.waitForUrl(browser, "/console/reviews");
        browser.get(url("/console/supervision"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tile-map svg")));
        BrowserSupport.assertAccessible(browser, "national dashboard with tile map");
        browser.get(url("/console/supervision?province=330000"));
        WebElement row = browser.findElement(By.xpath("//tr[th[contains(., '绍兴市')]]"));
        assertThat(row.findElements(By.tagName("td")).get(4).getText()).isEqualTo(
                String.valueOf(jdbc.sql("select count(*) from activity_plan where kind = 'PLAN' and status = 'ACCEPTED' and region_code like '3306%'")
                        .query(Long.class).single()));
        assertThat(Integer.parseInt(row.findElements(By.tagName("td")).get(4).getText())).isPositive();
        BrowserSupport.screenshot(browser, "supervision-province");
        BrowserSupport.assertAccessible(browser, "supervision dashboard");
        assertThat(jdbc.sql("select status from activity_plan p join organization o on o.id = p.organization_id "
                + "where p.kind = 'PLAN' and o.region_code = '330600' and o.type = 'AUTHORITY'").query(String.class).single()).isEqualTo("ACCEPTED");
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

    private void setDate(String id, String isoDate) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), isoDate);
    }

}
