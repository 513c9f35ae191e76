package org.qualitymonth.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.qualitymonth.organization.UserPrincipal;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Two provinces' city plans travel their routes through the real pages: one is returned, revised and
 * resubmitted; both are forwarded by their leading group and accepted nationally. Mail goes to a real
 * SMTP server (GreenMail); refusals change nothing.
 */
@IntegrationTest
class PlanRouteIntegrationTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    private UserPrincipal account(String username, String sql, String role) {
        if (jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Long.class).single() == 0) {
            jdbc.sql("insert into app_user (username, password_hash, display_name, role, organization_id, email) select ?, ?, ?, ?, ("
                            + sql + "), ?")
                    .params(username, passwords.encode(TestData.PASSWORD), "测试" + username, role, username + "@example.cn").update();
        }
        return data.user(username);
    }

    private long planOf(UserPrincipal submitter) throws Exception {
        String location = mvc.perform(get("/console/plans/mine").with(user(submitter))).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private MockHttpServletRequestBuilder writePlan(long id, String action, String objectives, String deadline) {
        return post("/console/plans/" + id).with(csrf()).param("action", action)
                .param("title", "2026年“质量月”活动方案（测试）").param("objectives", objectives)
                .param("workItems[0].focusArea", "质量宣传").param("workItems[0].content", "举办启动仪式")
                .param("workItems[0].responsibleUnit", "办公室").param("workItems[0].deadline", deadline)
                .param("budget", "专项经费20万元").param("_publicPlan", "on");
    }

    private String planStatus(long plan) {
        return jdbc.sql("select status from activity_plan where id = ?").param(plan).query(String.class).single();
    }

    private void decide(UserPrincipal reviewer, long plan, String decision, String comment, int expectedStatus) throws Exception {
        mvc.perform(post("/console/plans/" + plan + "/decision").with(user(reviewer)).with(csrf())
                .param("decision", decision).param("comment", comment)).andExpect(status().is(expectedStatus));
    }

    @Test
    void twoProvincesPlansTravelTheirRoutes() throws Exception {
        UserPrincipal huzhou = account("huzhou.test", "select id from organization where type = 'AUTHORITY' and region_code = '330500'", "CITY_ADMIN");
        UserPrincipal xuzhou = account("xuzhou.test", "select id from organization where type = 'AUTHORITY' and region_code = '320300'", "CITY_ADMIN");
        UserPrincipal zhejiangGroup = account("zj.group.test", "select id from organization where type = 'LEADING_GROUP' and region_code = '330000'", "LEADING_GROUP_REVIEWER");
        UserPrincipal jiangsuGroup = account("js.group.test", "select id from organization where type = 'LEADING_GROUP' and region_code = '320000'", "LEADING_GROUP_REVIEWER");
        UserPrincipal national = data.user("admin");
        long huzhouPlan = planOf(huzhou);
        long xuzhouPlan = planOf(xuzhou);

        // bad input changes nothing
        mvc.perform(writePlan(huzhouPlan, "submit", "", "2026-09-10").with(user(huzhou)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("请填写活动目标")));
        mvc.perform(writePlan(huzhouPlan, "save", "目标", "2027-03-01").with(user(huzhou)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("完成时限必须在本届活动年度之内")));
        assertThat(planStatus(huzhouPlan)).isEqualTo("DRAFT");
        assertThat(jdbc.sql("select count(*) from plan_work_item where plan_id = ?").param(huzhouPlan).query(Long.class).single()).isZero();

        mvc.perform(writePlan(huzhouPlan, "submit", "提升全市重点消费品质量", "2026-09-10").with(user(huzhou))).andExpect(status().is3xxRedirection());
        mvc.perform(writePlan(xuzhouPlan, "submit", "开展质量提升行动", "2026-09-20").with(user(xuzhou))).andExpect(status().is3xxRedirection());
        assertThat(planStatus(huzhouPlan)).isEqualTo("SUBMITTED");
        mvc.perform(post("/console/plans/" + huzhouPlan).with(user(huzhou)).with(csrf()).param("action", "submit").param("title", "x"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("已报送的方案不能修改")));

        // the queue shows what waits, and only there
        mvc.perform(get("/console/reviews").with(user(zhejiangGroup)))
                .andExpect(content().string(Matchers.containsString("湖州市市场监督管理局"))).andExpect(content().string(Matchers.not(Matchers.containsString("徐州"))));
        decide(zhejiangGroup, xuzhouPlan, "FORWARD", "", 404);       // another province: invisible
        decide(national, huzhouPlan, "ACCEPT", "同意", 409);          // not yet at the national step
        decide(data.user("jiangsu.admin"), xuzhouPlan, "FORWARD", "", 403);
        decide(zhejiangGroup, huzhouPlan, "RETURN", "", 400);        // a return needs a comment
        assertThat(planStatus(huzhouPlan)).isEqualTo("SUBMITTED");

        decide(zhejiangGroup, huzhouPlan, "RETURN", "请补充经费使用计划。", 302);
        assertThat(planStatus(huzhouPlan)).isEqualTo("RETURNED");
        mvc.perform(writePlan(huzhouPlan, "submit", "提升全市重点消费品质量，覆盖全部区县", "2026-09-15").with(user(huzhou)))
                .andExpect(status().is3xxRedirection());
        decide(zhejiangGroup, huzhouPlan, "FORWARD", "同意转报。", 302);
        decide(jiangsuGroup, xuzhouPlan, "FORWARD", "", 302);
        assertThat(planStatus(huzhouPlan)).isEqualTo("FORWARDED");
        decide(zhejiangGroup, huzhouPlan, "FORWARD", "", 409);       // no longer waiting for the province
        decide(national, huzhouPlan, "ACCEPT", "同意。", 302);
        decide(national, xuzhouPlan, "ACCEPT", "", 302);
        assertThat(planStatus(huzhouPlan)).isEqualTo("ACCEPTED");
        assertThat(planStatus(xuzhouPlan)).isEqualTo("ACCEPTED");

        assertThat(jdbc.sql("select string_agg(decision, ',' order by id) from plan_step where plan_id = ?").param(huzhouPlan)
                .query(String.class).single()).isEqualTo("SUBMIT,RETURN,SUBMIT,FORWARD,ACCEPT");
        assertThat(jdbc.sql("select count(*) from plan_version where plan_id = ?").param(huzhouPlan).query(Long.class).single()).isEqualTo(2);
        mvc.perform(get("/console/plans/" + huzhouPlan + "/compare").param("a", "1").param("b", "2").with(user(huzhou)))
                .andExpect(content().string(Matchers.containsString("覆盖全部区县")))
                .andExpect(content().string(Matchers.containsString("changed")));
        mvc.perform(get("/console/plans/" + huzhouPlan).with(user(national)))
                .andExpect(content().string(Matchers.containsString("请补充经费使用计划。")));

        // notifications in the console and by mail, after the transactions commit
        await(() -> unread(huzhou) >= 4);
        await(() -> received("huzhou.test@example.cn", "被 zj.group.test 退回修改"));
        assertThat(received("zj.group.test@example.cn", "等待您审核")).isTrue();
        mvc.perform(get("/console/notifications").with(user(huzhou)))
                .andExpect(content().string(Matchers.containsString("请补充经费使用计划。")));
        // the national authority's administrators are told of plans waiting for them; its review panel experts are not
        await(() -> planNotices(national) >= 2);
        assertThat(planNotices(data.user("panel.expert"))).isZero();
    }

    private long planNotices(UserPrincipal principal) {
        return jdbc.sql("select count(*) from notification where user_id = ? and message_key like 'notification.plan.%'")
                .param(principal.actor().userId()).query(Long.class).single();
    }

    private long unread(UserPrincipal principal) {
        return jdbc.sql("select count(*) from notification where user_id = ? and read_at is null")
                .param(principal.actor().userId()).query(Long.class).single();
    }

    private static boolean received(String to, String text) {
        return Arrays.stream(mail.getReceivedMessages()).anyMatch(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(to))
                        && message.getContent() instanceof String body && body.contains(text);
            } catch (Exception e) {
                return false;
            }
        });
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within 15 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
