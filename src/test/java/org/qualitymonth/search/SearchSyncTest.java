package org.qualitymonth.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.qualitymonth.inspection.Conclusion;
import org.qualitymonth.inspection.PublishedResults;
import org.qualitymonth.inspection.domain.AnnouncementPublisher;
import org.qualitymonth.inspection.domain.ResultStore;
import org.qualitymonth.inspection.domain.SpotCheckPlans;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.search.domain.ResultSearch;
import org.qualitymonth.search.domain.SearchIndex;
import org.qualitymonth.search.domain.SearchPage;
import org.qualitymonth.search.domain.SearchProperties;
import org.qualitymonth.search.domain.SearchRequest;
import org.qualitymonth.shared.ChinaTime;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The index follows the database: stored batches, announcements, withdrawals, and a rebuild from the console. */
@IntegrationTest
class SearchSyncTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ResultSearch search;
    @Autowired
    PublishedResults published;
    @Autowired
    SpotCheckPlans plans;
    @Autowired
    ResultStore store;
    @Autowired
    AnnouncementPublisher publisher;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SearchIndex index;
    @Autowired
    SearchProperties properties;
    @Autowired
    Clock clock;

    @Test
    void announcingStoringAndWithdrawingShowInTheIndex() {
        Actor admin = data.user("admin").actor();
        SearchFixture fixture = new SearchFixture(plans, store, publisher, tx);
        String first = TestData.creditCode("330106");
        String second = TestData.creditCode("330106");
        long plan = fixture.plan(admin, "同步测试计划");
        fixture.store(plan, SearchFixture.row("空气净化器", "同步牌", "TB-1", "同步测试电器有限公司", first, Conclusion.PASS, null, null));
        SearchFixture.await(() -> published.count() > 0);
        assertThat(find(first).total()).as("not announced yet").isZero();

        fixture.announce(admin, plan);
        SearchFixture.await(() -> find(first).total() == 1);

        fixture.store(plan, SearchFixture.row("空气净化器", "同步牌", "TB-1", "同步测试电器有限公司", first, Conclusion.FAIL,
                        "颗粒物洁净空气量", null),
                SearchFixture.row("车载空气净化器", "同步牌", "TB-2", "同步测试二厂", second, Conclusion.PASS, null, null));
        SearchFixture.await(() -> find(second).total() == 1);
        SearchFixture.await(() -> "FAIL".equals(find(first).hits().get(0).conclusion()));
        assertThat(find(first).hits().get(0).failedItems().plain()).isEqualTo("颗粒物洁净空气量");

        assertThat(publicRows(plan)).isPositive();
        publisher.withdraw(admin, plan);
        assertThat(publicRows(plan)).as("withdrawn: off the public list and boards at once").isZero();
        SearchFixture.await(() -> find(first).total() == 0 && find(second).total() == 0);
        fixture.announce(admin, plan);
        assertThat(publicRows(plan)).isEqualTo(2);
        SearchFixture.await(() -> find("同步牌 净化器").total() == 2);
    }

    @Test
    void aResultAnnouncedForALaterDayIsFoundFromThatDayOn() {
        Actor admin = data.user("admin").actor();
        SearchFixture fixture = new SearchFixture(plans, store, publisher, tx);
        String code = TestData.creditCode("330106");
        long plan = fixture.plan(admin, "预定公告测试计划");
        fixture.store(plan, SearchFixture.row("空气净化器", "预告牌", "YG-1", "预告测试电器有限公司", code, Conclusion.PASS, null, null));
        LocalDate today = ChinaTime.today(clock);
        publisher.publish(admin, plan, today.plusDays(3));
        SearchFixture.await(() -> index.latestAnnouncement().isAfter(today));
        SearchFixture.await(() -> search.indexed() == published.count());

        assertThat(find(code).total()).as("indexed, but not public before its day").isZero();
        ResultSearch fourDaysOn = new ResultSearch(index, Clock.offset(clock, Duration.ofDays(4)), properties);
        assertThat(fourDaysOn.search(SearchRequest.of(code, null, null, null, null, null)).total()).isEqualTo(1);
        publisher.withdraw(admin, plan);
    }

    @Test
    void theNationalAdministratorRebuildsTheIndexFromTheDatabase() throws Exception {
        mvc.perform(post("/console/search/rebuild").with(user(data.user("zhejiang.admin"))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/search/rebuild").with(user(data.user("admin"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        SearchFixture.await(() -> {
            try {
                String page = mvc.perform(get("/console/search").with(user(data.user("admin"))))
                        .andReturn().getResponse().getContentAsString();
                return !page.contains("正在重建") && search.indexed() == published.count();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(search.indexed()).isPositive();
    }

    /** Results of the plan the public list and the boards count (the public read model's counts). */
    private long publicRows(long plan) {
        return jdbc.sql("select coalesce(sum(results), 0) from insp_public_count where plan_id = ?").param(plan)
                .query(Long.class).single();
    }

    private SearchPage find(String text) {
        return search.search(SearchRequest.of(text, null, null, null, null, null));
    }
}
