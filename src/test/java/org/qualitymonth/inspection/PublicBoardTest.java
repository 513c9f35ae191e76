package org.qualitymonth.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.qualitymonth.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The category board's figures against the database, and bad input to the public pages refused with a clear error. */
@IntegrationTest
class PublicBoardTest {

    private static final String PUBLISHED = " from insp_result r join insp_sample s on s.id = r.sample_id"
            + " join insp_plan p on p.id = s.plan_id where p.announced_on <= current_date and s.category = 'AIR_PURIFIER'"
            + " and p.year = 2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theBoardNumbersMatchTheDatabase() throws Exception {
        long checks = jdbc.sql("select count(*)" + PUBLISHED).query(Long.class).single();
        long failed = jdbc.sql("select count(*)" + PUBLISHED + " and r.conclusion = 'FAIL'").query(Long.class).single();
        long zhejiang = jdbc.sql("select count(*)" + PUBLISHED + " and s.region_code like '33%'").query(Long.class).single();
        String topItem = jdbc.sql("select f.item from insp_failed_item f join insp_result r on r.id = f.result_id"
                + " join insp_sample s on s.id = r.sample_id join insp_plan p on p.id = s.plan_id"
                + " where p.announced_on <= current_date and s.category = 'AIR_PURIFIER' and p.year = 2026"
                + " group by f.item order by count(distinct f.result_id) desc, f.item limit 1").query(String.class).single();
        assertThat(checks).isPositive();
        String page = mvc.perform(get("/categories/AIR_PURIFIER").param("year", "2026")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<div class=\"stat-value\">" + checks + "</div>")
                .contains("<div class=\"stat-value\">" + failed + "</div>")
                .contains("<td class=\"text-end\">" + zhejiang + "</td>")
                .contains("id=\"region-chart\"").contains("data-values=\"")
                .contains(topItem);
        assertThat(page.indexOf("<ol class=\"failed-item-list\">")).isLessThan(page.indexOf(topItem));
        mvc.perform(get("/categories/AIR_PURIFIER").param("year", "2027")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<div class=\"stat-value\">" + checks + "</div>")));
    }

    @Test
    void theHomePageLinksEachCategoryToItsBoard() throws Exception {
        mvc.perform(get("/")).andExpect(content().string(Matchers.containsString("href=\"/categories/SMART_TOILET_SEAT\"")));
    }

    @Test
    void badInputGetsALocalizedErrorNotA500() throws Exception {
        mvc.perform(get("/announcements").param("q", "净".repeat(10_000))).andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("查询内容不能超过 100 个字")));
        mvc.perform(get("/announcements").param("sort", "password")).andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("不支持按“password”排序")));
        mvc.perform(get("/announcements").param("category", "WEAPONS")).andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("没有该产品类别")));
        mvc.perform(get("/announcements").param("region", "990000")).andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("没有该地区")));
        mvc.perform(get("/announcements").param("region", "33'--")).andExpect(status().isBadRequest());
        mvc.perform(get("/announcements").param("year", "二〇二六")).andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("年度应为 2000 至 2100 之间的四位数字")));
        mvc.perform(get("/announcements").param("page", "x")).andExpect(status().isBadRequest());
        mvc.perform(get("/announcements").param("page", "99999")).andExpect(status().isBadRequest());
        mvc.perform(get("/categories/WEAPONS")).andExpect(status().isNotFound());
        mvc.perform(get("/categories/TOY").param("year", "1800")).andExpect(status().isBadRequest());
        mvc.perform(get("/announcements/results.csv").param("sort", "-password")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/announcements/results").param("sort", "id; drop table insp_result").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(Matchers.containsString("is not supported")));
        mvc.perform(get("/api/v1/announcements/results").param("q", "x".repeat(10_000)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/announcements/enterprises/not-a-code")).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from insp_result").query(Long.class).single()).isPositive();
    }
}
