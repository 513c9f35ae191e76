package org.qualitymonth.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.qualitymonth.supervision.domain.RandomDraw;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DrawIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aProvinceDrawsItsCitiesAndTheDrawIsPublishedReproducibly() throws Exception {
        String location = mvc.perform(post("/console/draws").with(user(data.user("zhejiang.admin"))).with(csrf())
                        .param("count", "3").param("seed", "ZJ-2026-check"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        var row = jdbc.sql("select scope_code, candidates, result from supervision_draw where id = ?").param(id).query().singleRow();
        List<String> candidates = Arrays.asList(((String) row.get("candidates")).split(","));
        assertThat(row.get("scope_code")).isEqualTo("330000");
        assertThat(candidates).allMatch(c -> c.startsWith("33")).contains("330100", "330200");
        assertThat(Arrays.asList(((String) row.get("result")).split(","))).isEqualTo(RandomDraw.draw("ZJ-2026-check", candidates, 3));
        mvc.perform(get("/draws/" + id)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("ZJ-2026-check")))
                .andExpect(content().string(Matchers.containsString(RandomDraw.rank("ZJ-2026-check", "330100"))));
        mvc.perform(get("/supervision")).andExpect(content().string(Matchers.containsString("ZJ-2026-check")))
                .andExpect(content().string(Matchers.containsString("QM2026-")));
    }

    @Test
    void onlyAcceptedPlansMarkedPublicArePublished() throws Exception {
        long published = jdbc.sql("select id from activity_plan where kind = 'PLAN' and status = 'ACCEPTED' and public_plan limit 1").query(Long.class).single();
        long privatePlan = jdbc.sql("select id from activity_plan where kind = 'PLAN' and not public_plan limit 1").query(Long.class).single();
        long draft = jdbc.sql("select id from activity_plan where kind = 'PLAN' and status <> 'ACCEPTED' limit 1").query(Long.class).single();
        String title = jdbc.sql("select title from activity_plan where id = ?").param(published).query(String.class).single();
        mvc.perform(get("/plans")).andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(title)));
        mvc.perform(get("/plans/" + published)).andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(title)));
        mvc.perform(get("/plans/" + privatePlan)).andExpect(status().isNotFound());
        mvc.perform(get("/plans/" + draft)).andExpect(status().isNotFound());
    }

    @Test
    void badDrawsAreRefusedAndWriteNothing() throws Exception {
        long before = jdbc.sql("select count(*) from supervision_draw").query(Long.class).single();
        mvc.perform(post("/console/draws").with(user(data.user("admin"))).with(csrf()).param("count", "32"))
                .andExpect(status().isBadRequest()).andExpect(content().string(Matchers.containsString("抽取数量应在1到31之间")));
        mvc.perform(post("/console/draws").with(user(data.user("admin"))).with(csrf()).param("count", "3").param("seed", "<script>"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/console/draws").with(user(data.user("hangzhou.admin"))).with(csrf()).param("count", "3"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/draws/999999")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from supervision_draw").query(Long.class).single()).isEqualTo(before);
    }
}
