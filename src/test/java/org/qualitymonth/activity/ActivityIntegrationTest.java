package org.qualitymonth.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class ActivityIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    private MockHttpServletRequestBuilder register(String title, String start, String end, String region) {
        return post("/console/activities").with(csrf()).param("title", title).param("type", "MASS").param("focusArea", "4")
                .param("startsAt", start).param("endsAt", end).param("regionCode", region)
                .param("address", "杭州市西湖区文三路90号").param("description", "QC小组成果发表").param("_openSignup", "on");
    }

    @Test
    void anEnterpriseRegistersAndThePublicFindsIt() throws Exception {
        String location = mvc.perform(register("西湖区QC小组成果发表会（测试）", "2026-09-18T09:30", "2026-09-18T12:00", "330106")
                        .with(user(data.user("enterprise.user"))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location)).andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("西湖区QC小组成果发表会（测试）")));
        mvc.perform(get("/activities").param("view", "list").param("day", "2026-09-18").param("type", "MASS").param("province", "330000"))
                .andExpect(content().string(Matchers.containsString("西湖区QC小组成果发表会（测试）")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("南京市"))));
        mvc.perform(get(location + ".ics")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andExpect(content().string(Matchers.containsString("DTSTART:20260918T013000Z")));
        mvc.perform(get("/activities/feed/330000.ics")).andExpect(content().string(Matchers.containsString("西湖区QC小组成果发表会（测试）")));
        mvc.perform(get("/activities/feed/33AB00.ics")).andExpect(status().isBadRequest());
    }

    @Test
    void statisticsCountWhatIsPublished() throws Exception {
        long mass = jdbc.sql("select count(*) from activity where published and edition_year = 2026 and type = 'MASS'").query(Long.class).single();
        mvc.perform(get("/activities/statistics")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("群众性质量活动</th><td class=\"text-end\">" + mass + "</td>")));
        byte[] xlsx = mvc.perform(get("/activities/statistics.xlsx")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            boolean found = false;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                var row = sheet.getRow(i);
                if (row.getCell(1).getStringCellValue().equals("群众性质量活动")) {
                    found = (long) row.getCell(2).getNumericCellValue() == mass;
                }
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void badActivitiesAreRefusedAndOutOfScopeOnesCannotBeTouched() throws Exception {
        long before = jdbc.sql("select count(*) from activity").query(Long.class).single();
        mvc.perform(register("跨年活动", "2027-01-05T09:00", "2027-01-05T10:00", "330106").with(user(data.user("enterprise.user"))))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("活动时间必须在本届活动年度之内")));
        mvc.perform(register("倒序活动", "2026-09-05T11:00", "2026-09-05T10:00", "330106").with(user(data.user("enterprise.user"))))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("开始日期不能晚于结束日期")));
        mvc.perform(register("<script>x</script>", "2026-09-05T09:00", "2026-09-05T10:00", "330106").with(user(data.user("enterprise.user"))))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("不能包含HTML标签")));
        mvc.perform(register("未知地区", "2026-09-05T09:00", "2026-09-05T10:00", "339999").with(user(data.user("enterprise.user"))))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("地区代码 339999 不存在")));
        assertThat(jdbc.sql("select count(*) from activity").query(Long.class).single()).isEqualTo(before);

        long zhejiang = jdbc.sql("select id from activity where region_code like '33%' and published limit 1").query(Long.class).single();
        mvc.perform(post("/console/activities/" + zhejiang + "/unpublish").with(csrf()).param("reason", "越权")
                .with(user(data.user("jiangsu.admin")))).andExpect(status().isNotFound());
        mvc.perform(post("/console/activities/" + zhejiang + "/unpublish").with(csrf()).param("reason", "越权")
                .with(user(data.user("enterprise.user")))).andExpect(status().isForbidden());
        mvc.perform(post("/console/activities/" + zhejiang + "/unpublish").with(csrf()).param("reason", "时间地点有误，请重新登记")
                .with(user(data.user("zhejiang.admin")))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/activities/" + zhejiang)).andExpect(status().isNotFound());
    }
}
