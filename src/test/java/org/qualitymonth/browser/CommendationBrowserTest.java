package org.qualitymonth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public notice with its objection form and the certificate verification pages, in Chromium, checked with axe-core. */
@IntegrationTest
class CommendationBrowserTest {

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
    void theNoticeTakesAnObjection() {
        long round = jdbc.sql("select id from commendation_round where status = 'NOTICE' and edition_year = 2026 order by id limit 1")
                .query(Long.class).single();
        for (String lang : new String[] {"zh_TW", "en", "zh_CN"}) {
            browser.get(url("/commendation/" + round + "?lang=" + lang));
            assertThat(browser.findElements(By.cssSelector(".notice-item"))).isNotEmpty();
            BrowserSupport.assertAccessible(browser, "notice " + lang);
        }
        BrowserSupport.screenshot(browser, "commendation-notice");
        int before = jdbc.sql("select count(*) from commendation_objection").query(Integer.class).single();
        new Select(browser.findElement(By.id("o-unit"))).selectByIndex(1);
        browser.findElement(By.id("o-name")).sendKeys("张女士");
        browser.findElement(By.id("o-contact")).sendKeys("zhang@example.cn");
        browser.findElement(By.id("o-reason")).sendKeys("该单位报送的培训人数与实际不符，请核实。");
        browser.findElement(By.id("o-reason")).submit(); // the button may sit under the fold of the small window
        assertThat(browser.findElement(By.cssSelector("#objection .alert-success")).getText()).contains("异议已受理");
        assertThat(jdbc.sql("select count(*) from commendation_objection").query(Integer.class).single()).isEqualTo(before + 1);
        BrowserSupport.assertAccessible(browser, "notice after objection");
    }

    @Test
    void theConsolePagesOfAdministratorProvinceAndPanel() {
        long round = jdbc.sql("select id from commendation_round where status = 'NOTICE' and edition_year = 2026 order by id limit 1")
                .query(Long.class).single();
        long nomination = jdbc.sql("select id from commendation_nomination where round_id = ? order by id limit 1").param(round)
                .query(Long.class).single();
        long hangzhou = jdbc.sql("select id from organization where type = 'AUTHORITY' and region_code = '330100'").query(Long.class).single();
        login("admin");
        browser.get(url("/console/commendation/" + round));
        assertThat(browser.findElements(By.cssSelector("main tbody tr"))).isNotEmpty();
        BrowserSupport.assertAccessible(browser, "administrator round");
        BrowserSupport.screenshot(browser, "commendation-admin");
        browser.get(url("/console/commendation/new"));
        BrowserSupport.assertAccessible(browser, "new round");
        logout();
        login("zhejiang.admin");
        browser.get(url("/console/commendation/nominations"));
        BrowserSupport.assertAccessible(browser, "province nominations");
        browser.get(url("/console/commendation/" + round + "/nominate?unit=" + hangzhou));
        assertThat(browser.findElements(By.name("activityIds"))).isNotEmpty();
        BrowserSupport.assertAccessible(browser, "nominate form");
        logout();
        login("panel.expert");
        browser.get(url("/console/commendation/panel/nominations/" + nomination));
        BrowserSupport.assertAccessible(browser, "score sheet");
        BrowserSupport.screenshot(browser, "commendation-score");
    }

    private void login(String username) {
        BrowserSupport.signIn(browser, url(""), username, TestData.PASSWORD);
    }

    private void logout() {
        browser.manage().deleteAllCookies(); // a new session: the next login starts afresh
    }

    @Test
    void aCertificateIsVerifiedAndAnAlteredOneIsNot() {
        String number = jdbc.sql("select number from commendation_certificate order by number limit 1").query(String.class).single();
        browser.get(url("/commendation"));
        BrowserSupport.assertAccessible(browser, "commendation index");
        browser.findElement(By.id("v-number")).sendKeys(number);
        BrowserSupport.click(browser, By.cssSelector(".verify-box button[type=submit]"));
        assertThat(browser.findElement(By.id("result-title")).getText()).isEqualTo("证书真实有效");
        assertThat(browser.findElement(By.cssSelector(".verify-facts")).getText()).contains(number, "市场监督管理局");
        BrowserSupport.assertAccessible(browser, "certificate genuine");
        BrowserSupport.screenshot(browser, "certificate-genuine");

        browser.get(url("/certificates/" + number.substring(0, number.length() - 2) + "00?lang=en"));
        assertThat(browser.findElement(By.id("result-title")).getText()).contains("cannot be confirmed as genuine");
        BrowserSupport.assertAccessible(browser, "certificate not genuine");
        BrowserSupport.screenshot(browser, "certificate-not-genuine");
    }
}
