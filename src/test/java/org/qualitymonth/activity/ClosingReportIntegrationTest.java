package org.qualitymonth.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.qualitymonth.activity.domain.ActivityData;
import org.qualitymonth.activity.domain.ActivityService;
import org.qualitymonth.media.TestMedia;
import org.qualitymonth.organization.UserPrincipal;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** ACT-4: the organiser files a closing report with photos and a video; the public sees the gallery; others cannot. */
@IntegrationTest
class ClosingReportIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ActivityService activities;

    /** A September activity of the Hangzhou authority, over by now, with no report yet. */
    private long hangzhouActivity(String title) {
        return activities.register(data.user("hangzhou.admin").actor(), new ActivityData(title, ActivityType.PUBLICITY, 3,
                LocalDateTime.of(2026, 9, 15, 9, 0), LocalDateTime.of(2026, 9, 15, 11, 30), "330102", "杭州市上城区市民中心",
                null, "社会公众", "质量开放日", false, null));
    }

    private MockHttpServletRequestBuilder report(long id, String attendance, UserPrincipal who) {
        return post("/console/activities/" + id + "/report").with(csrf()).with(user(who)).param("attendance", attendance)
                .param("organisationCount", "12").param("organisations", "杭州市质量技术监督检测院、杭州市消费者协会")
                .param("problemsSolved", "7").param("peopleTrained", "260").param("outputs", "发布质量提升倡议书，受理咨询86件");
    }

    private ResultActions upload(long id, String kind, String caption, String name, byte[] bytes, UserPrincipal who) throws Exception {
        return mvc.perform(multipart("/console/activities/" + id + "/report/media").file(new MockMultipartFile("file", name,
                "application/octet-stream", bytes)).param("kind", kind).param("caption", caption).with(user(who)).with(csrf()));
    }

    @Test
    void theOrganiserFilesAReportWithAGalleryAndThePublicSeesIt() throws Exception {
        long id = hangzhouActivity("杭州市质量开放日（总结测试）");
        UserPrincipal organiser = data.user("hangzhou.admin");
        mvc.perform(report(id, "420", organiser)).andExpect(status().is3xxRedirection()).andExpect(flash().attribute("done", "report.saved"));
        upload(id, "PHOTO", "开幕式现场", "opening.jpg", TestMedia.jpegWithScriptAndGps(), organiser)
                .andExpect(flash().attribute("done", "report.media-added"));
        upload(id, "VIDEO", "活动回顾短片", "review.mp4", TestMedia.mp4(200_000, 21), organiser)
                .andExpect(flash().attribute("done", "report.media-added"));
        mvc.perform(multipart("/console/activities/" + id + "/cover").file(new MockMultipartFile("file", "cover.png", "image/png",
                TestMedia.image("png", 1200, 600, 22))).with(user(organiser)).with(csrf()))
                .andExpect(flash().attribute("done", "activity.cover-saved"));

        assertThat(jdbc.sql("select attendance from activity_report where activity_id = ?").param(id).query(Integer.class).single()).isEqualTo(420);
        assertThat(jdbc.sql("select count(*) from activity_report_media where activity_id = ?").param(id).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'activity' and entity_id = ? and action like 'activity.%'")
                .param(Long.toString(id)).query(Long.class).single()).isEqualTo(5); // register, file, two media, cover

        mvc.perform(get("/activities/" + id)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("活动总结")))
                .andExpect(content().string(Matchers.containsString("开幕式现场")))
                .andExpect(content().string(Matchers.containsString("/thumbnail\"")))
                .andExpect(content().string(Matchers.containsString("<video")))
                .andExpect(content().string(Matchers.containsString("activity-cover")))
                .andExpect(content().string(Matchers.containsString("发布质量提升倡议书，受理咨询86件")));

        mvc.perform(report(id, "450", organiser)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'activity.report.update' and entity_id = ?")
                .param(Long.toString(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void othersCannotFileButAuthoritiesInScopeRead() throws Exception {
        long id = hangzhouActivity("杭州市质量知识讲座（权限测试）");
        mvc.perform(report(id, "100", data.user("hangzhou.admin"))).andExpect(status().is3xxRedirection());
        mvc.perform(report(id, "999", data.user("zhejiang.admin"))).andExpect(status().isForbidden());
        mvc.perform(report(id, "999", data.user("jiangsu.admin"))).andExpect(status().isNotFound());
        mvc.perform(report(id, "999", data.user("enterprise.user"))).andExpect(status().isNotFound());
        upload(id, "PHOTO", "越权上传", "x.jpg", TestMedia.image("jpg", 100, 100, 23), data.user("zhejiang.admin"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/activities/" + id + "/report").with(user(data.user("zhejiang.admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("杭州市质量知识讲座（权限测试）")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/report/media?"))));
        mvc.perform(get("/console/activities/" + id + "/report").with(user(data.user("jiangsu.admin")))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select attendance from activity_report where activity_id = ?").param(id).query(Integer.class).single()).isEqualTo(100);
        assertThat(jdbc.sql("select count(*) from activity_report_media where activity_id = ?").param(id).query(Long.class).single()).isZero();
    }

    @Test
    void badInputIsRefusedAndChangesNothing() throws Exception {
        long id = hangzhouActivity("杭州市计量服务进园区（输入测试）");
        UserPrincipal organiser = data.user("hangzhou.admin");
        upload(id, "PHOTO", "总结之前", "early.jpg", TestMedia.image("jpg", 100, 100, 24), organiser)
                .andExpect(flash().attribute("uploadError", "error.report.not-filed"));
        mvc.perform(report(id, "-5", organiser)).andExpect(status().isOk());
        mvc.perform(report(id, "many", organiser)).andExpect(status().isOk());
        mvc.perform(report(id, "10", organiser).param("outputs", "<script>alert(1)</script>")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("is-invalid")));
        assertThat(jdbc.sql("select count(*) from activity_report where activity_id = ?").param(id).query(Long.class).single()).isZero();

        mvc.perform(report(id, "80", organiser)).andExpect(status().is3xxRedirection());
        long media = jdbc.sql("select count(*) from media_item").query(Long.class).single();
        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';
        upload(id, "VIDEO", "宣传片", "promo.mp4", exe, organiser).andExpect(flash().attribute("uploadError", "error.media.not-video"));
        upload(id, "PHOTO", "海报", "poster.jpg", "not an image".getBytes(), organiser)
                .andExpect(flash().attribute("uploadError", "error.media.not-photo"));
        upload(id, "PHOTO", " ", "ok.jpg", TestMedia.image("jpg", 100, 100, 25), organiser)
                .andExpect(flash().attribute("uploadError", "error.report.caption"));
        upload(id, "PHOTO", "<b>粗体</b>", "ok.jpg", TestMedia.image("jpg", 100, 100, 25), organiser)
                .andExpect(flash().attribute("uploadError", "error.report.caption"));
        assertThat(jdbc.sql("select count(*) from media_item").query(Long.class).single()).isEqualTo(media);
        assertThat(jdbc.sql("select count(*) from activity_report_media where activity_id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select attendance from activity_report where activity_id = ?").param(id).query(Integer.class).single()).isEqualTo(80);
    }

    @Test
    void aCoverImageAtRegistrationOrNothingRegistered() throws Exception {
        UserPrincipal organiser = data.user("hangzhou.admin");
        long activitiesBefore = jdbc.sql("select count(*) from activity").query(Long.class).single();
        mvc.perform(registration("假封面活动", "cover.jpg", "MZ not a picture".getBytes(), organiser))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("只接受JPEG或PNG格式的照片")));
        assertThat(jdbc.sql("select count(*) from activity").query(Long.class).single()).isEqualTo(activitiesBefore);

        String location = mvc.perform(registration("杭州市质量月启动仪式（封面测试）", "cover.png", TestMedia.image("png", 800, 400, 26), organiser))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select cover_media_id from activity where id = ?").param(id).query(Long.class).optional()).isPresent();
        mvc.perform(get(location)).andExpect(content().string(Matchers.containsString("activity-cover")));
        mvc.perform(get("/activities").param("view", "list").param("month", "2026-09").param("province", "330000"))
                .andExpect(content().string(Matchers.containsString("list-thumb")));
    }

    private org.springframework.test.web.servlet.RequestBuilder registration(String title, String coverName, byte[] cover, UserPrincipal who) {
        return multipart("/console/activities").file(new MockMultipartFile("cover", coverName, "image/png", cover))
                .param("title", title).param("type", "PUBLICITY").param("focusArea", "3")
                .param("startsAt", "2026-09-01T09:00").param("endsAt", "2026-09-01T11:00").param("regionCode", "330102")
                .param("address", "杭州市民中心").param("description", "启动仪式").param("_openSignup", "on").with(user(who)).with(csrf());
    }
}
