package org.qualitymonth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qualitymonth.activity.ActivityType;
import org.qualitymonth.activity.domain.ActivityCovers;
import org.qualitymonth.activity.domain.ActivityData;
import org.qualitymonth.activity.domain.ActivityService;
import org.qualitymonth.activity.domain.ClosingReports;
import org.qualitymonth.activity.domain.ReportData;
import org.qualitymonth.media.MediaKind;
import org.qualitymonth.media.TestMedia;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An activity page with its closing report in Chromium: thumbnails load and open the photo, a real WebM
 * (recorded by Chromium itself) loads in the video player, and axe-core finds nothing to fix.
 */
@IntegrationTest
class ActivityGalleryBrowserTest {

    /** Records 1.5 s of a changing canvas with MediaRecorder and answers the WebM as base64. */
    private static final String RECORD_WEBM = """
            const done = arguments[arguments.length - 1];
            const canvas = document.createElement('canvas'); canvas.width = 160; canvas.height = 90;
            const g = canvas.getContext('2d');
            const recorder = new MediaRecorder(canvas.captureStream(25), {mimeType: 'video/webm'});
            const chunks = []; recorder.ondataavailable = e => chunks.push(e.data);
            let frame = 0;
            const timer = setInterval(() => { g.fillStyle = 'hsl(' + (frame++ * 12) + ',70%,45%)'; g.fillRect(0, 0, 160, 90); }, 40);
            recorder.onstop = async () => {
              clearInterval(timer);
              const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
              let text = ''; for (const b of bytes) { text += String.fromCharCode(b); }
              done(btoa(text));
            };
            recorder.start(100); setTimeout(() => recorder.stop(), 1500);
            """;

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    ActivityService activities;
    @Autowired
    ClosingReports reports;
    @Autowired
    ActivityCovers covers;

    private WebDriver browser;

    @BeforeEach
    void open() {
        browser = BrowserSupport.start();
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void anActivityPageWithAGallery() throws java.io.IOException {
        browser.get("http://localhost:" + port + "/activities");
        byte[] webm = Base64.getDecoder().decode((String) ((JavascriptExecutor) browser).executeAsyncScript(RECORD_WEBM));
        Actor organiser = data.user("hangzhou.admin").actor();
        long id = activities.register(organiser, new ActivityData("杭州市“质量开放日”走进检验检测机构（图集）", ActivityType.PUBLICITY, 3,
                LocalDateTime.of(2026, 9, 16, 9, 0), LocalDateTime.of(2026, 9, 16, 12, 0), "330106", "杭州市西湖区文三路90号",
                null, "社会公众", "参观检验检测实验室，了解产品质量检验过程。", false, null));
        reports.file(organiser, id, new ReportData(320, 9, "杭州市质量技术监督检测院", 4, 150, "受理质量咨询52件"));
        reports.addMedia(organiser, id, MediaKind.PHOTO, "参观电器安全实验室", "lab.jpg",
                new ByteArrayInputStream(TestMedia.image("jpg", 1280, 720, 31)));
        reports.addMedia(organiser, id, MediaKind.PHOTO, "检测人员讲解", "talk.png",
                new ByteArrayInputStream(TestMedia.image("png", 900, 900, 32)));
        reports.addMedia(organiser, id, MediaKind.VIDEO, "活动回顾", "review.webm", new ByteArrayInputStream(webm));
        covers.set(organiser, id, "cover.jpg", new ByteArrayInputStream(TestMedia.image("jpg", 1600, 600, 33)));

        browser.get("http://localhost:" + port + "/activities/" + id + "?lang=en");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        wait.until(d -> (Boolean) js.executeScript(
                "return [...document.querySelectorAll('img.gallery-thumb, img.activity-cover')].every(i => i.complete && i.naturalWidth > 0)"));
        assertThat(browser.findElements(By.cssSelector("img.gallery-thumb"))).hasSize(2);
        wait.until(d -> ((Number) js.executeScript("return document.querySelector('video').readyState")).intValue() >= 1);
        assertThat(browser.findElement(By.tagName("video")).getAttribute("controls")).isNotNull();
        assertThat(browser.findElement(By.id("report-title")).getText()).isEqualTo("Closing report");
        BrowserSupport.screenshot(browser, "activity-gallery");
        BrowserSupport.assertAccessible(browser, "activity page with gallery");

        WebElement link = browser.findElement(By.cssSelector("a:has(> img.gallery-thumb)"));
        String photo = link.getAttribute("href");
        link.sendKeys(org.openqa.selenium.Keys.ENTER); // by keyboard, as anyone without a mouse opens it
        wait.until(d -> d.getCurrentUrl().equals(photo));
        assertThat((Long) js.executeScript("return document.images[0].naturalWidth")).isEqualTo(1280L);

        organiserAddsAPhotoThroughTheForm(id, wait);
    }

    /** The organiser's page: a photo chosen in the file input and sent with the form joins the gallery. */
    private void organiserAddsAPhotoThroughTheForm(long id, WebDriverWait wait) throws java.io.IOException {
        BrowserSupport.signIn(browser, "http://localhost:" + port, "hangzhou.admin", TestData.PASSWORD);
        browser.get("http://localhost:" + port + "/console/activities/" + id + "/report");
        assertThat(browser.findElements(By.cssSelector("#main figure"))).hasSize(3);
        java.nio.file.Path photo = java.nio.file.Files.createTempFile("award-", ".jpg");
        try {
            java.nio.file.Files.write(photo, TestMedia.image("jpg", 1024, 768, 34));
            browser.findElement(By.id("caption")).sendKeys("颁发质量承诺书");
            browser.findElement(By.id("file")).sendKeys(photo.toString());
            BrowserSupport.click(browser, By.cssSelector("form[enctype] button[type=submit]"));
            wait.until(d -> !d.findElements(By.cssSelector(".alert-success")).isEmpty());
        } finally {
            java.nio.file.Files.deleteIfExists(photo);
        }
        assertThat(browser.findElements(By.cssSelector("#main figure"))).hasSize(4);
        assertThat(browser.findElement(By.id("main")).getText()).contains("颁发质量承诺书");
        BrowserSupport.screenshot(browser, "activity-report-console");
        BrowserSupport.assertAccessible(browser, "closing report console page");
    }
}
