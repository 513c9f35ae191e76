package org.qualitymonth.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.qualitymonth.activity.domain.ActivityData;
import org.qualitymonth.activity.domain.ActivityService;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The public calendar's month grid, week and list, their filters, and Chinese search with its ranking. */
@IntegrationTest
class CalendarSearchIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData data;
    @Autowired
    ActivityService activities;

    private long activity(String title, String type, int focus, String region, String start, String address, String description) {
        return jdbc.sql("""
                insert into activity (edition_year, organization_id, organization_path, region_code, title, type, focus_area,
                  starts_at, ends_at, address, description, created_by, search_names)
                select 2026, id, path, ?, ?, ?, ?, cast(? as timestamptz), cast(? as timestamptz) + interval '2 hours', ?, ?, 'test', name
                from organization where type = 'AUTHORITY' and region_code = ? returning id""")
                .params(region, title, type, focus, start, start, address, description, region.substring(0, 4) + "00")
                .query(Long.class).single();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void monthGridWeekAndListShowTheSameActivity() throws Exception {
        long id = activity("月历测试：标准化服务进园区", "INFRASTRUCTURE", 1, "320100", "2026-09-16 07:00+08", "南京市江北新区", "<p>标准化答疑</p>");
        String month = page(get("/activities").param("month", "2026-09").param("province", "320000").param("type", "INFRASTRUCTURE"));
        assertThat(month).contains("<table class=\"table table-bordered calendar-grid mb-0\">", "<caption>2026年9月活动日历")
                .contains("<th scope=\"col\"><abbr title=\"星期一\">周一</abbr></th>", "<th scope=\"col\"><abbr title=\"星期日\">周日</abbr></th>")
                .contains("月历测试：标准化服务进园区", "href=\"/activities/" + id + "\"")
                .contains("href=\"/activities?view=month&amp;type=INFRASTRUCTURE&amp;province=320000&amp;month=2026-08\"");
        assertThat(month.split("<tr>", -1)).hasSize(1 + 1 + 5); // header row and five weeks: 31 Aug to 4 Oct

        String week = page(get("/activities").param("view", "week").param("week", "2026-09-17").param("province", "320000"));
        assertThat(week).contains("2026年9月14日至2026年9月20日", "月历测试：标准化服务进园区")
                .contains("href=\"/activities?view=week&amp;province=320000&amp;week=2026-09-21\"");

        String otherProvince = page(get("/activities").param("view", "week").param("week", "2026-09-14").param("province", "330000"));
        assertThat(otherProvince).doesNotContain("月历测试：标准化服务进园区");
        String otherFocus = page(get("/activities").param("view", "list").param("day", "2026-09-16").param("focus", "2")
                .param("province", "320000"));
        assertThat(otherFocus).doesNotContain("月历测试：标准化服务进园区");
        String sameFocus = page(get("/activities").param("view", "list").param("day", "2026-09-16").param("focus", "1")
                .param("province", "320000"));
        assertThat(sameFocus).contains("月历测试：标准化服务进园区", "2026年9月16日的“质量月”活动");
    }

    @Test
    void chineseSearchFindsByTitleOrganiserPlaceAndTextAndRanksTitlesFirst() throws Exception {
        long inText = activity("企业开放日（检索乙）", "PUBLICITY", 3, "330100", "2026-09-02 09:00+08", "杭州市拱墅区", "<p>介绍<strong>锦绣质检</strong>的流程</p>");
        long inTitle = activity("锦绣质检成果展（检索甲）", "PUBLICITY", 3, "330100", "2026-09-25 09:00+08", "杭州市上城区", "<p>成果展示</p>");
        activity("锦绣花园质量讲座（检索丙）", "PUBLICITY", 3, "330100", "2026-09-03 09:00+08", "杭州市滨江区", "<p>不相干</p>");
        activity("锦绣质检技术比武（检索丁）", "MASS", 4, "320100", "2026-09-04 09:00+08", "南京市", "<p>比武</p>");

        String found = page(get("/activities").param("q", "锦绣质检").param("province", "330000"));
        assertThat(found).contains("“锦绣质检”的搜索结果：共 2 项活动").doesNotContain("检索丙", "检索丁");
        assertThat(found.indexOf("/activities/" + inTitle + "\"")).isPositive().isLessThan(found.indexOf("/activities/" + inText + "\""));

        String combined = page(get("/activities").param("q", "锦绣质检").param("type", "MASS"));
        assertThat(combined).contains("共 1 项活动", "检索丁").doesNotContain("检索甲", "检索乙");
        String twoWords = page(get("/activities").param("q", "南京 锦绣质检"));
        assertThat(twoWords).contains("共 1 项活动", "检索丁");
        String noMatch = page(get("/activities").param("q", "锦绣质检%_"));
        assertThat(noMatch).contains("共 0 项活动");
        String gridWithSearch = page(get("/activities").param("view", "month").param("q", "锦绣质检"));
        assertThat(gridWithSearch).contains("检索甲", "检索乙", "检索丁").doesNotContain("检索丙");
    }

    @Test
    void aRegisteredActivityIsFoundByItsCityAndOrganiser() throws Exception {
        mvc.perform(post("/console/activities").with(csrf()).with(user(data.user("enterprise.user"))).param("title", "文三路社区计量义诊（检索戊）")
                        .param("type", "INFRASTRUCTURE").param("focusArea", "1").param("startsAt", "2026-09-12T09:00")
                        .param("endsAt", "2026-09-12T11:00").param("regionCode", "330106").param("address", "文三路90号").param("_openSignup", "on")
                        .param("description", "免费检定血压计"))
                .andExpect(status().is3xxRedirection());
        String organiser = jdbc.sql("select name from organization where id = (select organization_id from activity where title like '%检索戊%')")
                .query(String.class).single();
        assertThat(page(get("/activities").param("q", "杭州 义诊"))).contains("检索戊");
        assertThat(page(get("/activities").param("q", organiser.substring(0, 4) + " 义诊"))).contains("检索戊");
        assertThat(page(get("/activities").param("q", "上海 义诊"))).doesNotContain("检索戊");
    }

    @Test
    void theListIsPagedAndTheMapFollowsTheFilters() throws Exception {
        long all = jdbc.sql("select count(*) from activity where published and starts_at >= '2026-09-01 00:00+08' and starts_at < '2026-10-01 00:00+08'")
                .query(Long.class).single();
        int pages = (int) ((all + 29) / 30);
        String second = page(get("/activities").param("view", "list").param("month", "2026-09").param("page", "2"));
        assertThat(second).contains("第 2 页，共 " + pages + " 页", "共 " + String.format("%,d", all) + " 项活动");
        assertThat(second.split("class=\"activity-result\"", -1)).hasSize(31);

        long zhejiangMass = jdbc.sql("select count(*) from activity where published and edition_year = 2026 and type = 'MASS' and region_code like '33%'")
                .query(Long.class).single();
        assertThat(page(get("/activities").param("type", "MASS"))).contains("浙江省 " + zhejiangMass + "</a>");
    }

    @Test
    void aWordInNearlyEveryActivityIsRankedWithinTheCapAndLeftOffTheMap() throws Exception {
        jdbc.sql("""
                insert into activity (edition_year, organization_id, organization_path, region_code, title, type, focus_area,
                  starts_at, ends_at, address, description, created_by, search_names)
                select 2026, o.id, o.path, '330100', '宽泛检索 ' || n, 'PUBLICITY', 3, timestamptz '2026-09-10 09:00+08' + n * interval '1 minute',
                  timestamptz '2026-09-10 11:00+08' + n * interval '1 minute', '杭州市', '<p>处处可见的琉璃词</p>', 'broad-search', o.name
                from organization o, generate_series(1, 1005) n where o.type = 'AUTHORITY' and o.region_code = '330100'""").update();
        try {
            String list = page(get("/activities").param("view", "month").param("q", "琉璃词"));
            assertThat(list).contains("“琉璃词”匹配的活动超过 1,000 项", "第 1 页，共 34 页", "地图按其他筛选条件统计")
                    .doesNotContain("calendar-grid");
            assertThat(list.split("class=\"activity-result\"", -1)).hasSize(31);
            String last = page(get("/activities").param("q", "琉璃词").param("page", "34"));
            assertThat(last.split("class=\"activity-result\"", -1)).hasSize(1 + 1000 - 33 * 30);
            long zhejiang = jdbc.sql("select count(*) from activity where published and edition_year = 2026 and region_code like '33%'")
                    .query(Long.class).single();
            assertThat(list).contains("浙江省 " + String.format("%,d", zhejiang) + "</a>");
            String narrowed = page(get("/activities").param("q", "琉璃词 宽泛检索 1004"));
            assertThat(narrowed).contains("共 1 项活动", "宽泛检索 1004").doesNotContain("地图按其他筛选条件统计");
        } finally {
            jdbc.sql("delete from activity where created_by = 'broad-search'").update();
        }
    }

    @Test
    void registeringAndUnpublishingShowAtOnceDespiteTheKeptCounts() throws Exception {
        Actor organiser = data.user("hangzhou.admin").actor();
        String request = "/activities?month=2026-09&type=MASS&focus=2&province=330000";
        long before = monthTotal(page(get(request)));
        page(get(request)); // the counts are now kept for a minute
        long id = activities.register(organiser, new ActivityData("计数缓存测试：质量义诊", ActivityType.MASS, 2,
                LocalDateTime.of(2026, 9, 21, 9, 0), LocalDateTime.of(2026, 9, 21, 11, 0), "330106", "杭州市西湖区",
                null, "社会公众", "义诊", false, null));
        assertThat(monthTotal(page(get(request)))).isEqualTo(before + 1);
        activities.unpublish(data.user("zhejiang.admin").actor(), id, "测试撤下");
        assertThat(monthTotal(page(get(request)))).isEqualTo(before);
    }

    private static long monthTotal(String page) {
        Matcher total = Pattern.compile("共 ([0-9,]+) 项活动").matcher(page);
        assertThat(total.find()).isTrue();
        return Long.parseLong(total.group(1).replace(",", ""));
    }

    @Test
    void badParametersAreRefused() throws Exception {
        mvc.perform(get("/activities").param("month", "2026-13")).andExpect(status().isBadRequest());
        mvc.perform(get("/activities").param("view", "year")).andExpect(status().isBadRequest());
        mvc.perform(get("/activities").param("focus", "9")).andExpect(status().isBadRequest());
        mvc.perform(get("/activities").param("province", "330100")).andExpect(status().isBadRequest());
        mvc.perform(get("/activities").param("view", "week").param("week", "next")).andExpect(status().isBadRequest());
    }
}
