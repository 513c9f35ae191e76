package org.qualitymonth.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.qualitymonth.inspection.domain.AnnouncementPublisher;
import org.qualitymonth.inspection.domain.ImportJobs;
import org.qualitymonth.inspection.domain.PublicReadModel;
import org.qualitymonth.inspection.domain.SpotCheckPlans;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.search.domain.ResultSearch;
import org.qualitymonth.search.domain.SearchRequest;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A plan too large to be written to the public site within the announcing request (here: more than two results) is
 * written in the background right after the request, and public (pages, search) only once written; an announced plan
 * whose writing was cut off stays hidden until the next sync writes it.
 */
@IntegrationTest
@TestPropertySource(properties = "qm.inspection.announce-inline=2")
class LargeAnnouncementTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData data;
    @Autowired
    ImportJobs imports;
    @Autowired
    SpotCheckPlans plans;
    @Autowired
    AnnouncementPublisher publisher;
    @Autowired
    PublicReadModel readModel;
    @Autowired
    ResultSearch search;

    private Actor zhejiang() {
        return data.user("zhejiang.admin").actor();
    }

    @Test
    void aLargePlanIsWrittenAfterTheRequestAndPublicOnceWritten() throws Exception {
        long plan = imported("浙江省大批量公告抽查");
        long results = results(plan);
        assertThat(results).isGreaterThan(2);

        mvc.perform(post("/console/inspection/plans/" + plan + "/announce").param("on", "2026-12-01").with(csrf())
                        .with(user(data.user("zhejiang.admin"))))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("done", "announcement.console.publishing"));
        ImportSupport.await(() -> !publisher.writing(plan));

        assertThat(page("/announcements", "plan", Long.toString(plan))).contains("共 " + results + " 条结果");
        assertThat(page("/announcements/plans/" + plan)).contains("浙江省大批量公告抽查");
        assertThat(jdbc.sql("select count(*) from insp_public_result where plan_id = ?").param(plan).query(Long.class).single())
                .isEqualTo(results);
        String reportNo = jdbc.sql("select r.report_no from insp_result r join insp_sample s on s.id = r.sample_id"
                + " where s.plan_id = ? and r.report_no is not null limit 1").param(plan).query(String.class).single();
        ImportSupport.await(() -> search.search(SearchRequest.of(reportNo, null, null, null, null, null)).hits()
                .stream().anyMatch(hit -> hit.planId() == plan));
    }

    @Test
    void anAnnouncedPlanWhoseWritingWasCutOffStaysHiddenUntilTheSyncWritesIt() throws Exception {
        long plan = imported("浙江省中断公告抽查");
        // what a stop between the announcing request and the background write leaves
        jdbc.sql("update insp_plan set announced_on = date '2026-12-01' where id = ?").param(plan).update();

        assertThat(publisher.writing(plan)).isTrue();
        mvc.perform(get("/announcements/plans/" + plan)).andExpect(status().isNotFound());
        assertThat(page("/announcements")).doesNotContain("浙江省中断公告抽查");
        String console = mvc.perform(get("/console/inspection/plans/" + plan).with(user(data.user("zhejiang.admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(console).contains("正在将结果写入门户");

        readModel.sync();
        assertThat(publisher.writing(plan)).isFalse();
        assertThat(page("/announcements/plans/" + plan)).contains("浙江省中断公告抽查");
        assertThat(page("/announcements", "plan", Long.toString(plan))).contains("共 " + results(plan) + " 条结果");
    }

    private long imported(String title) throws Exception {
        ImportSupport support = new ImportSupport(imports, plans);
        long plan = support.plan(zhejiang(), title);
        support.run(zhejiang(), plan, ImportSupport.corpus("pass-fail-letters.csv"));
        return plan;
    }

    private long results(long plan) {
        return jdbc.sql("select count(*) from insp_sample where plan_id = ?").param(plan).query(Long.class).single();
    }

    private String page(String path, String... params) throws Exception {
        return mvc.perform(get(path).params(PublicAnnouncementsTest.params(params))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
