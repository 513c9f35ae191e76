package org.qualitymonth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qualitymonth.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public calendar as a visitor uses it in Chromium: month grid, map, week, search, an activity, a sign-up. */
@IntegrationTest
class ActivityCalendarBrowserTest {

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


    private void waitFor(String css) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    @Test
    void monthGridMapWeekAndSearch() {
        browser.get(url("/activities?lang=zh_CN"));
        WebElement grid = browser.findElement(By.cssSelector("table.calendar-grid"));
        assertThat(grid.findElement(By.tagName("caption")).getText()).startsWith("2026年9月活动日历");
        assertThat(grid.findElements(By.cssSelector("thead th[scope=col]"))).hasSize(7);
        assertThat(grid.findElements(By.cssSelector("tbody tr"))).hasSize(5);
        assertThat(grid.findElements(By.cssSelector("tbody td .day-items a"))).isNotEmpty();
        waitFor(".tile-map svg");
        BrowserSupport.screenshot(browser, "activity-calendar-month");
        BrowserSupport.assertAccessible(browser, "calendar month grid");

        WebElement firstDay = grid.findElement(By.cssSelector("tbody td:not(.outside) a.day-number"));
        assertThat(firstDay.getAttribute("aria-label")).matches("2026年9月1日，\\d+ 项活动");
        firstDay.sendKeys(Keys.ENTER); // the grid is used by keyboard: each date is a link to that day's list
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("h1"), "2026年9月1日的“质量月”活动"));

        browser.get(url("/activities?month=2026-09"));
        BrowserSupport.click(browser, browser.findElement(By.xpath("//ul[contains(@class,'province-counts')]//a[starts-with(normalize-space(.), '浙江省')]")));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("province=330000"));
        assertThat(browser.findElement(By.id("a-province")).getAttribute("value")).isEqualTo("330000");
        BrowserSupport.click(browser, browser.findElement(By.linkText("周历")));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("view=week"));
        waitFor(".week-grid");
        assertThat(browser.findElements(By.cssSelector(".week-day"))).hasSize(7);
        assertThat(browser.getCurrentUrl()).contains("view=week", "province=330000");
        BrowserSupport.screenshot(browser, "activity-calendar-week");
        BrowserSupport.assertAccessible(browser, "calendar week");

        WebElement search = browser.findElement(By.id("a-q"));
        search.clear();
        search.sendKeys("杭州 质量");
        BrowserSupport.click(browser, browser.findElement(By.cssSelector("form[action='/activities'] button[type=submit]")));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[role=status]"), "“杭州 质量”的搜索结果"));
        assertThat(browser.getCurrentUrl()).contains("view=week", "q=");
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).matches("“杭州 质量”的搜索结果：共 \\d+ 项活动");
        BrowserSupport.click(browser, browser.findElement(By.linkText("列表")));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("view=list"));
        waitFor(".activity-result");
        List<WebElement> results = browser.findElements(By.cssSelector(".activity-result"));
        assertThat(results).isNotEmpty().allSatisfy(r -> assertThat(r.getText()).contains("杭州"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).startsWith("“杭州 质量”的搜索结果");
        BrowserSupport.screenshot(browser, "activity-calendar-search");
        BrowserSupport.assertAccessible(browser, "calendar search results");
    }

    @Test
    void aVisitorSignsUpThroughTheFormAndGetsACode() {
        long id = jdbc.sql("""
                insert into activity (edition_year, organization_id, organization_path, region_code, title, type, focus_area,
                  starts_at, ends_at, address, description, created_by, open_signup, capacity, search_names)
                select 2026, id, path, '330100', '质量开放日：走进计量实验室', 'PUBLICITY', 3, timestamptz '2026-09-19 09:00+08',
                  timestamptz '2026-09-19 11:00+08', '杭州市文一西路1号', '<p>参观<strong>计量实验室</strong>：</p><ul><li>血压计检定</li><li>燃气表检定</li></ul>',
                  'test', true, 30, name from organization where type = 'AUTHORITY' and region_code = '330100' returning id""")
                .query(Long.class).single();
        browser.get(url("/activities/" + id + "?lang=zh_CN"));
        assertThat(browser.findElements(By.cssSelector(".rich-text li"))).hasSize(2);
        assertThat(browser.findElement(By.cssSelector(".rich-text strong")).getText()).isEqualTo("计量实验室");
        browser.findElement(By.id("s-name")).sendKeys("张三");
        browser.findElement(By.id("s-contact")).sendKeys("139 0000 8888");
        BrowserSupport.click(browser, browser.findElement(By.cssSelector("form[action$='/signup'] button[type=submit]")));
        waitFor(".alert-success");
        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).matches("报名成功，确认码 [A-Z2-9]{8}，请妥善保存。");
        assertThat(jdbc.sql("select count(*) from activity_signup where activity_id = ? and contact = '13900008888' and status = 'CONFIRMED'")
                .param(id).query(Long.class).single()).isOne();
        BrowserSupport.screenshot(browser, "activity-signup");
        BrowserSupport.assertAccessible(browser, "activity page after sign-up");
    }
}
