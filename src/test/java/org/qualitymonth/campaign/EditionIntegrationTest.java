package org.qualitymonth.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The national administrator creates next year's edition, edits it, publishes it; the public sees it. */
@IntegrationTest
class EditionIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    /** Other tests work in the demo's 2026 season: leave no later edition behind as "current". */
    @org.junit.jupiter.api.AfterEach
    void removeLaterEditions() {
        jdbc.sql("delete from edition where year > 2026").update();
    }

    @Test
    void draftEditPublishAndShowPublicly() throws Exception {
        var admin = user(data.user("admin"));
        mvc.perform(get("/api/v1/editions/current")).andExpect(jsonPath("$.year").value(2026));
        mvc.perform(post("/console/editions/next").with(admin).with(csrf())).andExpect(redirectedUrl("/console/editions/2027"));
        mvc.perform(get("/api/v1/editions/2027")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/edition.not-found"));

        long auditBefore = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
        mvc.perform(post("/console/editions/2027").with(admin).with(csrf())
                        .param("year", "2027").param("theme", "质量强国 标准引领").param("startsOn", "2027-09-01")
                        .param("endsOn", "2027-09-30").param("guidingIdea", "坚持质量第一").param("requirements", "加强组织领导")
                        .param("focusAreas[0].title", "质量品牌提升").param("focusAreas[0].description", "十类消费品")
                        .param("keyDates[0].date", "2028-01-10").param("keyDates[0].label", "总结报送"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("重要时间节点必须在该届年份之内")));
        assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single()).isEqualTo(auditBefore);

        mvc.perform(post("/console/editions/2027").with(admin).with(csrf())
                        .param("year", "2027").param("theme", "质量强国 标准引领").param("startsOn", "2027-09-01")
                        .param("endsOn", "2027-09-30").param("guidingIdea", "坚持质量第一").param("requirements", "加强组织领导")
                        .param("focusAreas[0].title", "质量品牌提升").param("focusAreas[0].description", "十类消费品")
                        .param("keyDates[0].date", "2027-10-31").param("keyDates[0].label", "总结报送"))
                .andExpect(redirectedUrl("/console/editions/2027"));
        mvc.perform(post("/console/editions/2027/publish").with(admin).with(csrf())).andExpect(redirectedUrl("/console/editions"));
        mvc.perform(post("/api/v1/editions/2027/publish").with(admin)).andExpect(status().isConflict());

        mvc.perform(get("/api/v1/editions/current")).andExpect(jsonPath("$.year").value(2027))
                .andExpect(jsonPath("$.theme").value("质量强国 标准引领"));
        mvc.perform(get("/")).andExpect(content().string(Matchers.containsString("质量强国 标准引领")));
        mvc.perform(get("/editions/2026")).andExpect(content().string(Matchers.containsString("提升供给质量 建设质量强国")));
    }

    @Test
    void apiRefusesBadEditions() throws Exception {
        mvc.perform(post("/api/v1/editions").with(user(data.user("admin")))
                        .contentType("application/json")
                        .content("{\"year\":2031,\"theme\":\"主题\",\"startsOn\":\"2031-09-30\",\"endsOn\":\"2031-09-01\","
                                + "\"guidingIdea\":\"思想\",\"requirements\":\"要求\",\"focusAreas\":[{\"title\":\"重点\",\"description\":\"内容\"}],\"keyDates\":[]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("/problems/edition.period-order"));
        mvc.perform(post("/api/v1/editions").with(user(data.user("admin")))
                        .contentType("application/json")
                        .content("{\"year\":2026,\"theme\":\"主题\",\"startsOn\":\"2026-09-01\",\"endsOn\":\"2026-09-30\","
                                + "\"guidingIdea\":\"思想\",\"requirements\":\"要求\",\"focusAreas\":[{\"title\":\"重点\",\"description\":\"内容\"}],\"keyDates\":[]}"))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from edition where year = 2031").query(Long.class).single()).isZero();
    }
}
