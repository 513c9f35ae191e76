package org.qualitymonth.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualitymonth.inspection.Conclusion;
import org.qualitymonth.inspection.domain.AnnouncementPublisher;
import org.qualitymonth.inspection.domain.ResultStore;
import org.qualitymonth.inspection.domain.SpotCheckPlans;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.search.domain.Highlighted;
import org.qualitymonth.search.domain.ResultSearch;
import org.qualitymonth.search.domain.SearchPage;
import org.qualitymonth.search.domain.SearchRequest;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Relevance of Chinese queries, codes, facet counts against the database, and highlights that carry no markup. */
@IntegrationTest
class SearchIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData data;
    @Autowired
    ResultSearch search;
    @Autowired
    SpotCheckPlans plans;
    @Autowired
    ResultStore store;
    @Autowired
    AnnouncementPublisher publisher;
    @Autowired
    TransactionTemplate tx;

    private static String code;

    @BeforeEach
    void publishOne() {
        if (code != null) {
            return;
        }
        Actor admin = data.user("admin").actor();
        code = TestData.creditCode("330106");
        SearchFixture fixture = new SearchFixture(plans, store, publisher, tx);
        long plan = fixture.plan(admin, "检索测试计划 " + code);
        fixture.store(plan, SearchFixture.row("家用空气净化器", "清风测试牌", "KJ500F-" + code.substring(10), "杭州清风测试电器有限公司",
                code, Conclusion.FAIL, "<script>alert(1)</script>甲醛洁净空气量", "JC-" + code));
        fixture.announce(admin, plan);
        SearchFixture.await(() -> find(code).total() == 1);
    }

    @Test
    void aWordFindsTheCompoundItIsPartOf() {
        SearchPage page = find("净化器 清风测试牌");
        assertThat(page.total()).isEqualTo(1);
        SearchPage.Hit hit = page.hits().get(0);
        assertThat(hit.productName().plain()).isEqualTo("家用空气净化器");
        assertThat(hit.productName().segments()).anySatisfy(s -> {
            assertThat(s.hit()).isTrue();
            assertThat(s.text()).isEqualTo("净化器");
        });
        SearchPage all = find("净化器");
        assertThat(all.total()).isGreaterThan(1);
        assertThat(all.hits()).allSatisfy(h -> assertThat(text(h)).containsAnyOf("净化器", "AIR_PURIFIER"));
        assertThat(all.hits()).anySatisfy(h -> assertThat(h.productName().plain()).contains("空气净化器"));
    }

    @Test
    void aCreditCodeModelOrReportNumberFindsItsRecord() {
        assertThat(find(code).hits()).singleElement().satisfies(h -> assertThat(h.creditCode()).isEqualTo(code));
        assertThat(find(code.toLowerCase()).total()).isEqualTo(1);
        String model = "KJ500F-" + code.substring(10);
        assertThat(find(model).hits()).first().satisfies(h -> assertThat(h.model().plain()).isEqualTo(model));
        assertThat(find(model.toLowerCase()).hits()).first().satisfies(h -> assertThat(h.creditCode()).isEqualTo(code));
        assertThat(find("JC-" + code).total()).isEqualTo(1);
        assertThat(find("净化器 " + model).hits()).as("a word and a model in one query")
                .singleElement().satisfies(h -> assertThat(h.creditCode()).isEqualTo(code));
        assertThat(find(model.toLowerCase() + " 空气净化器").total()).isEqualTo(1);
        assertThat(find("电饭煲 " + model).total()).as("the word must match too").isZero();
    }

    @Test
    void facetCountsAreTheDatabaseCountsAndCombineWithTheQuery() {
        SearchPage everything = search.search(SearchRequest.of("", null, null, null, null, null));
        Map<String, Long> database = jdbc.sql("""
                        select s.category, count(*) from insp_result r join insp_sample s on s.id = r.sample_id
                        join insp_plan p on p.id = s.plan_id where p.announced_on <= current_date group by s.category""")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(counts(everything, "category")).isEqualTo(database);
        assertThat(everything.total()).isEqualTo(database.values().stream().mapToLong(Long::longValue).sum());

        SearchPage purifiers = find("净化器");
        assertThat(counts(purifiers, "conclusion").values().stream().mapToLong(Long::longValue).sum()).isEqualTo(purifiers.total());
        long failed = counts(purifiers, "conclusion").get("FAIL");
        SearchPage failedPurifiers = search.search(SearchRequest.of("净化器", null, null, "FAIL", null, null));
        assertThat(failedPurifiers.total()).isEqualTo(failed);
        assertThat(counts(failedPurifiers, "conclusion")).containsOnlyKeys("FAIL");
        long zhejiang = counts(failedPurifiers, "province").get("330000");
        assertThat(search.search(SearchRequest.of("净化器", null, "330000", "FAIL", "2026", null)).total())
                .isEqualTo(counts(failedPurifiers, "year").containsKey("2026") ? zhejiang : 0);
    }

    @Test
    void highlightedTextIsEscapedOnThePageAndSegmentedInTheApi() throws Exception {
        String html = mvc.perform(get("/search").param("q", "甲醛 清风测试牌")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<mark>甲醛</mark>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)");
        String json = mvc.perform(get("/api/v1/search").param("q", "甲醛 清风测试牌")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"text\":\"甲醛\",\"hit\":true").contains("\"total\":1");
    }

    @Test
    void badInputGetsALocalizedRefusalNeverA500() throws Exception {
        mvc.perform(get("/search").param("q", "净".repeat(10_000))).andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("检索词不能超过 100 个字符"));
        mvc.perform(get("/api/v1/search").param("q", "x".repeat(10_000)).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentType()).contains("problem+json"));
        for (String[] bad : List.of(new String[]{"category", "NOPE"}, new String[]{"province", "990000"},
                new String[]{"province", "33'--"}, new String[]{"conclusion", "MAYBE"}, new String[]{"year", "20x6"},
                new String[]{"year", "1999"}, new String[]{"page", "-1"}, new String[]{"page", "abc"},
                new String[]{"page", "100000"})) {
            mvc.perform(get("/search").param("q", "净化器").param(bad[0], bad[1])).andExpect(status().isBadRequest());
            mvc.perform(get("/api/v1/search").param(bad[0], bad[1])).andExpect(status().isBadRequest());
        }
        mvc.perform(get("/search").param("q", "净化器").param("page", "5").param("lang", "zh_TW"))
                .andExpect(status().isOk());
        mvc.perform(get("/search").param("q", "%' or 1=1 -- \" AND ( *")).andExpect(status().isOk());
    }

    private SearchPage find(String text) {
        return search.search(SearchRequest.of(text, null, null, null, null, null));
    }

    private static Map<String, Long> counts(SearchPage page, String facet) {
        return page.facets().get(facet).stream()
                .collect(Collectors.toMap(SearchPage.FacetCount::value, SearchPage.FacetCount::count));
    }

    private static String text(SearchPage.Hit h) {
        return java.util.stream.Stream.of(h.productName(), h.brand(), h.model(), h.manufacturerName(), h.institution(),
                        h.failedItems()).filter(java.util.Objects::nonNull).map(Highlighted::plain).collect(Collectors.joining(" "))
                + " " + h.planTitle() + " " + h.category();
    }
}
