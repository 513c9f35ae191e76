package org.qualitymonth.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.qualitymonth.media.TestMedia;
import org.qualitymonth.organization.UserPrincipal;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A city's summary travels its plan's route through the real pages (city → provincial leading group → national):
 * refused input stores nothing, a return with a comment is revised and resubmitted, the summary is accepted,
 * notifications name it a summary and link to it; another province cannot see or touch it.
 */
@IntegrationTest
class SummaryRouteIntegrationTest {

    private static final String NARRATIVE = "今年“质量月”期间，我市围绕四个活动重点组织开展启动仪式、质量开放日、QC成果发表和重点产品集中整治，"
            + "全市企业广泛参与，质量意识明显增强。";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    org.qualitymonth.notification.domain.DailyReminders reminders;

    private UserPrincipal account(String username, String sql, String role) {
        if (jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Long.class).single() == 0) {
            jdbc.sql("insert into app_user (username, password_hash, display_name, role, organization_id, email) select ?, ?, ?, ?, ("
                            + sql + "), ?")
                    .params(username, passwords.encode(TestData.PASSWORD), "测试" + username, role, username + "@example.cn").update();
        }
        return data.user(username);
    }

    /** The demo generator wrote summaries for most cities; this test starts its city from nothing. */
    private long freshSummaryOf(UserPrincipal submitter) throws Exception {
        long organization = submitter.actor().organizationId();
        String mine = "(select id from activity_plan where kind = 'SUMMARY' and organization_id = " + organization + ")";
        jdbc.sql("delete from plan_step where plan_id in " + mine).update();
        jdbc.sql("delete from plan_version where plan_id in " + mine).update();
        jdbc.sql("delete from activity_plan where id in " + mine).update();
        String location = mvc.perform(get("/console/summaries/mine").with(user(submitter))).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static MockHttpServletRequestBuilder write(long id, String action, String narrative, String participants) {
        return write(id, action, narrative, participants, "28");
    }

    private static MockHttpServletRequestBuilder write(long id, String action, String narrative, String participants, String rectified) {
        return post("/console/summaries/" + id).with(csrf()).param("action", action)
                .param("title", "2026年“质量月”活动总结（测试）").param("narrative", narrative)
                .param("figures.activitiesHeld", "12").param("figures.participants", participants)
                .param("figures.problemsFound", "30").param("figures.problemsRectified", rectified)
                .param("figures.fundsInvested", "35.5").param("figures.mediaReports", "9");
    }

    private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(long id, String kind, String name, byte[] bytes) {
        return multipart("/console/summaries/" + id + "/media").file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .param("kind", kind).with(csrf());
    }

    private String state(long id) {
        return jdbc.sql("select status || '/' || version from activity_plan where id = ?").param(id).query(String.class).single();
    }

    private void decide(UserPrincipal reviewer, long id, String decision, String comment, int expectedStatus) throws Exception {
        mvc.perform(post("/console/summaries/" + id + "/decision").with(user(reviewer)).with(csrf())
                .param("decision", decision).param("comment", comment)).andExpect(status().is(expectedStatus));
    }

    @Test
    void summaryTravelsThePlanRouteWithReturnAndResubmission() throws Exception {
        UserPrincipal jinhua = account("jinhua.summary", "select id from organization where type = 'AUTHORITY' and region_code = '330700'", "CITY_ADMIN");
        UserPrincipal group = account("zj.group.summary", "select id from organization where type = 'LEADING_GROUP' and region_code = '330000'", "LEADING_GROUP_REVIEWER");
        UserPrincipal national = data.user("admin");
        String planBefore = jdbc.sql("select coalesce(max(status || '/' || version), '-') from activity_plan where kind = 'PLAN' and organization_id = ?")
                .param(jinhua.actor().organizationId()).query(String.class).single();
        long id = freshSummaryOf(jinhua);

        // bad input: localized errors, nothing stored
        mvc.perform(write(id, "save", NARRATIVE, "-5").with(user(jinhua)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("不能小于0")));
        mvc.perform(write(id, "save", NARRATIVE, "很多").with(user(jinhua)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("格式不正确")));
        mvc.perform(write(id, "submit", "", "800").with(user(jinhua)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("请填写总结正文")));
        mvc.perform(write(id, "save", NARRATIVE, "800", "31").with(user(jinhua)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("整改问题数不能多于发现问题数")));
        assertThat(state(id)).isEqualTo("DRAFT/0");
        assertThat(jdbc.sql("select count(*) from plan_summary where plan_id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from plan_version where plan_id = ?").param(id).query(Long.class).single()).isZero();

        // photos and videos while the summary is a draft; a disguised executable is refused and nothing is kept
        mvc.perform(upload(id, "PHOTO", "启动仪式.jpg", TestMedia.image("jpg", 800, 600, 7)).with(user(jinhua)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(upload(id, "VIDEO", "宣传片.mp4", TestMedia.mp4(64 * 1024, 3)).with(user(jinhua)))
                .andExpect(status().is3xxRedirection());
        byte[] executable = "MZ\u0090\u0000 this program cannot be run in DOS mode".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        mvc.perform(upload(id, "VIDEO", "宣传片2.mp4", executable).with(user(jinhua)))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("mediaError", "error.media.not-video"));
        assertThat(jdbc.sql("select count(*) from plan_summary_media where plan_id = ?").param(id).query(Long.class).single()).isEqualTo(2);

        mvc.perform(write(id, "submit", NARRATIVE, "800").with(user(jinhua))).andExpect(status().is3xxRedirection());
        assertThat(state(id)).startsWith("SUBMITTED/");
        mvc.perform(upload(id, "PHOTO", "补充.png", TestMedia.image("png", 300, 200, 9)).with(user(jinhua)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("mediaError", "error.summary.not-editable"));
        assertThat(jdbc.sql("select count(*) from plan_summary_media where plan_id = ?").param(id).query(Long.class).single()).isEqualTo(2);

        // the reviewers' one queue shows it, marked as a summary and linked to the summary page
        mvc.perform(get("/console/reviews").with(user(group)))
                .andExpect(content().string(Matchers.containsString("/console/summaries/" + id)))
                .andExpect(content().string(Matchers.containsString("kind-SUMMARY")));
        decide(national, id, "ACCEPT", "同意", 409);                 // not yet at the national step
        decide(group, id, "RETURN", "", 400);                       // a return needs a comment
        decide(group, id, "RETURN", "请补充典型案例和媒体报道情况。", 302);
        assertThat(state(id)).startsWith("RETURNED/");
        mvc.perform(write(id, "submit", NARRATIVE + "共曝光典型案例5起。", "820").with(user(jinhua))).andExpect(status().is3xxRedirection());
        decide(group, id, "FORWARD", "同意转报。", 302);
        assertThat(state(id)).startsWith("FORWARDED/");
        decide(group, id, "FORWARD", "", 409);                      // no longer waiting for the province
        decide(national, id, "ACCEPT", "同意。", 302);
        assertThat(state(id)).startsWith("ACCEPTED/");

        assertThat(jdbc.sql("select string_agg(decision, ',' order by id) from plan_step where plan_id = ?").param(id)
                .query(String.class).single()).isEqualTo("SUBMIT,RETURN,SUBMIT,FORWARD,ACCEPT");
        assertThat(jdbc.sql("select participants from plan_summary where plan_id = ?").param(id).query(Long.class).single()).isEqualTo(820);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'summary' and entity_id = ?").param(String.valueOf(id))
                .query(Long.class).single()).isGreaterThanOrEqualTo(7);
        mvc.perform(get("/console/summaries/" + id + "/compare").param("a", "1").param("b", "2").with(user(jinhua)))
                .andExpect(content().string(Matchers.containsString("共曝光典型案例5起")))
                .andExpect(content().string(Matchers.containsString("changed")));
        mvc.perform(get("/console/summaries/" + id).with(user(national)))
                .andExpect(content().string(Matchers.containsString("请补充典型案例和媒体报道情况。")))
                .andExpect(content().string(Matchers.containsString("820")))
                .andExpect(content().string(Matchers.containsString("/thumbnail")))
                .andExpect(content().string(Matchers.containsString("<video")));
        // the plan of the same organisation did not move
        assertThat(jdbc.sql("select coalesce(max(status || '/' || version), '-') from activity_plan where kind = 'PLAN' and organization_id = ?")
                .param(jinhua.actor().organizationId()).query(String.class).single()).isEqualTo(planBefore);

        // notifications say it is a summary and link to it
        String link = "/console/summaries/" + id;
        await(() -> notified(jinhua, "notification.summary.RETURN", link) && notified(jinhua, "notification.summary.ACCEPT", link));
        assertThat(notified(group, "notification.summary.review", link)).isTrue();
        mvc.perform(get("/console/notifications").with(user(jinhua)))
                .andExpect(content().string(Matchers.containsString("被 zj.group.summary 退回修改，意见：请补充典型案例和媒体报道情况。")))
                .andExpect(content().string(Matchers.containsString("活动总结“2026年“质量月”活动总结（测试）”")));
    }

    @Test
    void anotherProvinceCannotReadOrActOnASummary() throws Exception {
        UserPrincipal quzhou = account("quzhou.summary", "select id from organization where type = 'AUTHORITY' and region_code = '330800'", "CITY_ADMIN");
        UserPrincipal jiangsuGroup = account("js.group.summary", "select id from organization where type = 'LEADING_GROUP' and region_code = '320000'", "LEADING_GROUP_REVIEWER");
        long id = freshSummaryOf(quzhou);
        mvc.perform(write(id, "submit", NARRATIVE, "500").with(user(quzhou))).andExpect(status().is3xxRedirection());
        String before = state(id) + jdbc.sql("select narrative || participants from plan_summary where plan_id = ?").param(id).query(String.class).single();

        UserPrincipal jiangsu = data.user("jiangsu.admin");
        mvc.perform(get("/console/summaries/" + id).with(user(jiangsu))).andExpect(status().isNotFound());
        mvc.perform(get("/console/summaries/" + id + "/compare").param("a", "1").param("b", "1").with(user(jiangsu))).andExpect(status().isNotFound());
        mvc.perform(write(id, "save", "改写", "1").with(user(jiangsu))).andExpect(status().isNotFound());
        mvc.perform(upload(id, "PHOTO", "x.jpg", TestMedia.image("jpg", 100, 100, 1)).with(user(jiangsu))).andExpect(status().isNotFound());
        decide(jiangsuGroup, id, "RETURN", "越权退回", 404);
        decide(jiangsuGroup, id, "FORWARD", "", 404);
        // a summary is not a plan: the plan pages do not know it
        mvc.perform(get("/console/plans/" + id).with(user(quzhou))).andExpect(status().isNotFound());
        mvc.perform(post("/console/plans/" + id + "/decision").with(user(data.user("zhejiang.reviewer"))).with(csrf())
                .param("decision", "RETURN").param("comment", "x")).andExpect(status().isNotFound());

        assertThat(state(id) + jdbc.sql("select narrative || participants from plan_summary where plan_id = ?").param(id)
                .query(String.class).single()).isEqualTo(before);
        // the Zhejiang leading group, on the route, reads it
        mvc.perform(get("/console/summaries/" + id).with(user(data.user("zhejiang.reviewer")))).andExpect(status().isOk());
    }

    @Test
    void overdueSummariesAreRemindedAndSubmittedOnesAreNot() {
        String pendingWithUser = """
                select o.organization_id from plan_obligation o
                where o.edition_year = 2026 and not o.exempt and exists (select 1 from app_user u where u.organization_id = o.organization_id)
                  and %s exists (select 1 from activity_plan p where p.kind = 'SUMMARY' and p.organization_id = o.organization_id
                                  and p.status in ('SUBMITTED', 'FORWARDED', 'ACCEPTED'))
                limit 1""";
        long late = jdbc.sql(pendingWithUser.formatted("not")).query(Long.class).single();
        long done = jdbc.sql(pendingWithUser.formatted("")).query(Long.class).single();
        assertThat(reminders.run(java.time.LocalDate.of(2026, 10, 20))).isPositive();
        String sql = "select count(*) from notification n join app_user u on u.id = n.user_id where u.organization_id = ? "
                + "and n.message_key = 'notification.summary.overdue' and n.link = '/console/summaries/mine' and n.arguments = '2026-10-15'";
        assertThat(jdbc.sql(sql).param(late).query(Long.class).single()).isPositive();
        assertThat(jdbc.sql(sql).param(done).query(Long.class).single()).isZero();
    }

    private boolean notified(UserPrincipal principal, String key, String link) {
        return jdbc.sql("select count(*) from notification where user_id = ? and message_key = ? and link = ?")
                .params(principal.actor().userId(), key, link).query(Long.class).single() > 0;
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within 15 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
