package org.qualitymonth.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qualitymonth.inspection.domain.AnnouncementPublisher;
import org.qualitymonth.inspection.domain.ImportJobs;
import org.qualitymonth.inspection.domain.PublicReadModel;
import org.qualitymonth.inspection.domain.SpotCheckPlans;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.search.domain.ResultSearch;
import org.qualitymonth.search.domain.SearchPage;
import org.qualitymonth.search.domain.SearchRequest;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public read model follows the record: an announcement shows its plan at once, an import into an announced plan
 * shows after the next sync, a date in the future keeps the plan hidden; the pages show each failed item's measured
 * and required value and clause; a manufacturer's history holds the rows matched to the enterprise; short Chinese
 * queries count as the plain substring match does.
 */
@IntegrationTest
class PublicReadModelTest {

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

    private String page(String path, String... params) throws Exception {
        return mvc.perform(get(path).params(PublicAnnouncementsTest.params(params))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anImportIntoAnAnnouncedPlanShowsAfterTheNextSyncWithItsFailedItemDetails() throws Exception {
        ImportSupport support = new ImportSupport(imports, plans);
        long plan = support.plan(zhejiang(), "浙江省公告后补录抽查");
        support.run(zhejiang(), plan, ImportSupport.corpus("pass-fail-letters.csv"));
        long first = results(plan);
        assertThat(first).isPositive();
        publisher.publish(zhejiang(), plan, LocalDate.of(2026, 12, 1));
        assertThat(page("/announcements", "plan", Long.toString(plan))).contains("共 " + first + " 条结果");

        assertThat(searchedInPlan("ZJ-FW-2", plan)).isFalse();
        support.run(zhejiang(), plan, ImportSupport.corpus("full-width.csv"));
        ImportSupport.await(() -> searchedInPlan("ZJ-FW-2", plan)); // a new passing row too: every stored result is indexed
        long both = results(plan);
        assertThat(both).isGreaterThan(first);
        assertThat(page("/announcements", "plan", Long.toString(plan))).contains("共 " + first + " 条结果");
        readModel.sync();
        assertThat(page("/announcements", "plan", Long.toString(plan))).contains("共 " + both + " 条结果");
        readModel.sync();
        assertThat(jdbc.sql("select count(*) from insp_public_result where plan_id = ?").param(plan).query(Long.class).single())
                .isEqualTo(both);

        String announcement = page("/announcements/plans/" + plan);
        assertThat(announcement).contains("<div class=\"stat-value\">" + both + "</div>").contains("泄漏电流")
                .contains("实测值 0.92mA").contains("标准要求 ≤0.75mA").contains("（依据 16）");
        long failed = jdbc.sql("select r.id from insp_result r join insp_sample s on s.id = r.sample_id"
                + " where s.plan_id = ? and r.conclusion = 'FAIL' order by r.id limit 1").param(plan).query(Long.class).single();
        assertThat(page("/announcements/results/" + failed)).contains("<th scope=\"row\">泄漏电流</th>")
                .contains("<td>0.92mA</td>").contains("<td>≤0.75mA</td>").contains("<td>16</td>");
        assertThat(page("/announcements", "plan", Long.toString(plan), "conclusion", "FAIL")).contains("实测值 0.92mA");
    }

    /** Whether search finds the text in the plan: other tests import the same sheets, so every page is looked at. */
    private boolean searchedInPlan(String text, long plan) {
        for (int page = 0; ; page++) { // pages count from 0
            SearchPage found = search.search(SearchRequest.of(text, null, null, null, null, Integer.toString(page)));
            if (found.hits().stream().anyMatch(hit -> hit.planId() == plan)) {
                return true;
            }
            if (page + 1 >= found.pageCount()) {
                return false;
            }
        }
    }

    @Test
    void aPlanAnnouncedForALaterDateStaysHiddenUntilThen() throws Exception {
        ImportSupport support = new ImportSupport(imports, plans);
        long plan = support.plan(zhejiang(), "浙江省下月公告抽查");
        support.run(zhejiang(), plan, ImportSupport.corpus("slash-empties.csv"));
        publisher.publish(zhejiang(), plan, LocalDate.of(2027, 1, 15));
        assertThat(jdbc.sql("select count(*) from insp_public_result where plan_id = ?").param(plan).query(Long.class).single())
                .isPositive();
        mvc.perform(get("/announcements/plans/" + plan)).andExpect(status().isNotFound());
        assertThat(page("/announcements", "plan", Long.toString(plan))).contains("共 0 条结果");
        long failed = jdbc.sql("select r.id from insp_result r join insp_sample s on s.id = r.sample_id where s.plan_id = ?"
                + " order by r.id limit 1").param(plan).query(Long.class).single();
        mvc.perform(get("/announcements/results/" + failed)).andExpect(status().isNotFound());
    }

    @Test
    void aManufacturerHistoryHoldsTheRowsMatchedToTheEnterprise() throws Exception {
        var enterprise = jdbc.sql("""
                        select o.id, o.name, o.credit_code, o.region_code from organization o where o.type = 'ENTERPRISE'
                        and o.credit_code is not null and o.region_code like '33%' and not exists (select 1 from organization d
                          where d.type = 'ENTERPRISE' and d.id <> o.id and d.name = o.name) order by o.id limit 1""")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)}).single();
        long plan = plans.create(zhejiang(), new SpotCheckPlans.PlanData(2026, "浙江省企业匹配抽查", List.of("TOY")));
        // as a sheet may write it: no credit code, spaces inside the name, the enterprise's province
        String spaced = ((String) enterprise[1]).substring(0, 2) + " " + ((String) enterprise[1]).substring(2);
        sample(plan, "匹配测试积木甲", spaced, null, null, "330106");
        sample(plan, "匹配测试积木乙", "另一个写法的名称", null, (Long) enterprise[0], "330106");
        sample(plan, "匹配测试积木丙", spaced, null, null, "320106");
        publisher.publish(zhejiang(), plan, LocalDate.of(2026, 12, 1));

        String history = page("/announcements/enterprises/" + enterprise[2]);
        assertThat(history).contains("匹配测试积木甲").contains("匹配测试积木乙").doesNotContain("匹配测试积木丙")
                .contains((String) enterprise[1]);
        String csv = mvc.perform(get("/announcements/results.csv").param("creditCode", (String) enterprise[2]))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("匹配测试积木甲").contains("匹配测试积木乙").doesNotContain("匹配测试积木丙");
    }

    @Test
    void shortChineseQueriesCountWhatAPlainSubstringMatchFinds() throws Exception {
        for (String word : List.of("积木", "净化", "煲", "有限公司")) {
            long expected = jdbc.sql("""
                            select count(*) from insp_result r join insp_sample s on s.id = r.sample_id
                            join insp_plan p on p.id = s.plan_id where p.announced_on <= current_date
                            and (s.product_name ilike ? or s.manufacturer_name ilike ? or s.model ilike ?)""")
                    .params("%" + word + "%", "%" + word + "%", "%" + word + "%").query(Long.class).single();
            String text = page("/announcements", "q", word);
            assertThat(text).as(word).contains(expected > 1_000 ? "超过 1,000 条结果"
                    : "共 " + PublicAnnouncementsTest.n(expected) + " 条结果");
        }
    }

    @Test
    void aCreditCodeTypedInAnyCaseFindsItsResults() throws Exception {
        String code = jdbc.sql("select manufacturer_credit_code from insp_public_result where manufacturer_credit_code"
                + " ~ '[A-Z]' group by 1 order by count(*) desc limit 1").query(String.class).single();
        long expected = jdbc.sql("select count(*) from insp_result r join insp_sample s on s.id = r.sample_id"
                + " join insp_plan p on p.id = s.plan_id where p.announced_on <= current_date and s.manufacturer_credit_code = ?")
                .param(code).query(Long.class).single();
        assertThat(page("/announcements", "q", code.toLowerCase(java.util.Locale.ROOT)))
                .contains("共 " + PublicAnnouncementsTest.n(expected) + " 条结果");
    }

    private long results(long plan) {
        return jdbc.sql("select count(*) from insp_result r join insp_sample s on s.id = r.sample_id where s.plan_id = ?")
                .param(plan).query(Long.class).single();
    }

    private void sample(long plan, String product, String manufacturer, String code, Long enterpriseId, String region) {
        long sample = jdbc.sql("""
                        insert into insp_sample (plan_id, natural_key, category, product_name, manufacturer_name,
                            manufacturer_credit_code, manufacturer_id, region_code, sampling_date)
                        values (?, ?, 'TOY', ?, ?, ?, ?, ?, date '2026-09-01') returning id""")
                .params(plan, product, product, manufacturer, code, enterpriseId, region).query(Long.class).single();
        jdbc.sql("insert into insp_result (sample_id, conclusion, recorded_on) values (?, 'PASS', date '2026-09-20')")
                .param(sample).update();
    }
}
