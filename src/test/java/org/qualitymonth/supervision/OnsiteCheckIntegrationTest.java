package org.qualitymonth.supervision;

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

/** A province draws cities, checks one, the city answers; open items show on the dashboard until answered. */
@IntegrationTest
class OnsiteCheckIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    @Test
    void checkRectifyAndWatchOpenItems() throws Exception {
        var zhejiang = user(data.user("zhejiang.admin"));
        String location = mvc.perform(post("/console/draws").with(zhejiang).with(csrf()).param("count", "11").param("seed", "ZJ-onsite"))
                .andReturn().getResponse().getRedirectedUrl();
        long draw = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/console/draws/" + draw + "/checks").with(zhejiang).with(csrf()).param("regionCode", "330100")
                        .param("checkedOn", "2026-09-20").param("inspectors", "浙江省市场监管局督查组").param("findings", "宣传到位")
                        .param("rating", "GOOD").param("itemContent", "补充抽查结果公开", "").param("itemDeadline", "2026-10-20", ""))
                .andExpect(status().is3xxRedirection());
        long before = jdbc.sql("select count(*) from onsite_check").query(Long.class).single();
        mvc.perform(post("/console/draws/" + draw + "/checks").with(zhejiang).with(csrf()).param("regionCode", "330100")
                        .param("checkedOn", "2026-09-21").param("inspectors", "督查组").param("findings", "再查").param("rating", "GOOD"))
                .andExpect(status().isConflict());
        mvc.perform(post("/console/draws/" + draw + "/checks").with(zhejiang).with(csrf()).param("regionCode", "330200")
                        .param("checkedOn", "2027-01-02").param("inspectors", "督查组").param("findings", "x").param("rating", "GOOD"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/console/draws/" + draw + "/checks").with(user(data.user("jiangsu.admin"))).with(csrf()).param("regionCode", "330200")
                        .param("checkedOn", "2026-09-21").param("inspectors", "督查组").param("findings", "x").param("rating", "GOOD"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from onsite_check").query(Long.class).single()).isEqualTo(before);

        mvc.perform(get("/console/supervision").with(zhejiang))
                .andExpect(content().string(Matchers.matchesPattern("(?s).*杭州市.*text-danger fw-bold\">1</td>.*")));
        long item = jdbc.sql("select i.id from rectification_item i join onsite_check c on c.id = i.check_id "
                + "where c.draw_id = ? and c.region_code = '330100'").param(draw).query(Long.class).single();
        var hangzhou = user(data.user("hangzhou.admin"));
        mvc.perform(get("/console/checks").with(hangzhou)).andExpect(content().string(Matchers.containsString("补充抽查结果公开")));
        mvc.perform(post("/console/checks/items/" + item + "/answer").with(user(data.user("jiangsu.admin"))).with(csrf())
                .param("answer", "越权答复")).andExpect(status().isForbidden());
        mvc.perform(post("/console/checks/items/" + item + "/answer").with(hangzhou).with(csrf()).param("answer", "已于10月15日公开"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/console/checks/items/" + item + "/answer").with(hangzhou).with(csrf()).param("answer", "再答"))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select answer from rectification_item where id = ?").param(item).query(String.class).single())
                .isEqualTo("已于10月15日公开");
    }
}
