package org.qualitymonth.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** Bad input gets a localized refusal and writes nothing: no organisation row, no audit entry. */
@IntegrationTest
class OrganizationBadInputTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    private Map<String, Object> enterprise(String name, String creditCode, String region) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "ENTERPRISE");
        body.put("name", name);
        body.put("creditCode", creditCode);
        body.put("regionCode", region);
        body.put("categoryCode", "TOY");
        return body;
    }

    private ResultActions create(Map<String, Object> body, String language) throws Exception {
        return mvc.perform(post("/api/v1/organizations").with(user(data.user("zhejiang.admin")))
                .header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private long rows() {
        return jdbc.sql("select (select count(*) from organization) * 1000000 + (select count(*) from audit_entry)")
                .query(Long.class).single();
    }

    @Test
    void wrongCheckDigitIsRefusedWithALocalizedProblem() throws Exception {
        long before = rows();
        create(enterprise("宁波坏码玩具有限公司", "91330100716105852G", "330203"), "zh-CN")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/validation"))
                .andExpect(jsonPath("$.errors.creditCode").value("统一社会信用代码校验位不正确，请核对后重新输入"));
        create(enterprise("宁波坏码玩具有限公司", "91330100716105852G", "330203"), "en")
                .andExpect(jsonPath("$.title").value("Some of the submitted data is not valid"))
                .andExpect(jsonPath("$.errors.creditCode").value("The check character of the credit code is wrong; please check the code"));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void duplicateCreditCodeIsAConflict() throws Exception {
        String existing = jdbc.sql("select credit_code from organization where type = 'ENTERPRISE' and region_code like '33%' limit 1")
                .query(String.class).single();
        long before = rows();
        create(enterprise("宁波重码玩具有限公司", existing, "330203"), "zh-CN")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/organization.credit-code-taken"))
                .andExpect(jsonPath("$.title").value("统一社会信用代码 " + existing + " 已被其他单位使用"));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void unknownRegionHtmlAndOverlongTextAreRefused() throws Exception {
        long before = rows();
        create(enterprise("宁波某某玩具有限公司", TestData.creditCode("330203"), "339999"), "zh-CN")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("/problems/region.unknown"));
        create(enterprise("<script>alert(1)</script>", TestData.creditCode("330203"), "330203"), "zh-CN")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.name").value("不能包含HTML标签或控制字符"));
        create(enterprise("长".repeat(121), TestData.creditCode("330203"), "330203"), "zh-CN")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.name").exists());
        Map<String, Object> award = enterprise("宁波协会", null, "330203");
        award.put("type", "ASSOCIATION");
        award.put("qualityAward", "WINNER");
        create(award, "zh-CN").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/organization.flag-enterprise-only"));
        Map<String, Object> badEnum = enterprise("宁波某某玩具有限公司", TestData.creditCode("330203"), "330203");
        badEnum.put("type", "SPACESHIP");
        create(badEnum, "zh-CN").andExpect(status().isBadRequest());
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void sortOutsideTheAllowListIsRefused() throws Exception {
        mvc.perform(get("/api/v1/organizations").param("sort", "password_hash").with(user(data.user("admin"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/sort.not-allowed"));
        mvc.perform(get("/console/organizations").param("sort", "name;drop table organization").with(user(data.user("admin"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("不支持按")));
        mvc.perform(get("/api/v1/organizations").param("sort", "-name").with(user(data.user("admin"))))
                .andExpect(status().isOk());
    }

    @Test
    void pageFormShowsTheErrorNextToTheFieldAndWritesNothing() throws Exception {
        long before = rows();
        mvc.perform(post("/console/organizations").with(user(data.user("zhejiang.admin"))).with(csrf())
                        .param("type", "ENTERPRISE").param("name", "宁波坏码玩具有限公司")
                        .param("creditCode", "91330100716105852G").param("regionCode", "330203")
                        .param("qualityAward", "NONE").param("_demonstrationCity", "on").param("_centralEnterprise", "on"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("统一社会信用代码校验位不正确")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("is-invalid")));
        mvc.perform(post("/console/organizations").with(user(data.user("zhejiang.admin"))).with(csrf())
                        .param("type", "ENTERPRISE").param("name", "南京越权玩具有限公司")
                        .param("creditCode", TestData.creditCode("320102")).param("regionCode", "320102")
                        .param("qualityAward", "NONE").param("_demonstrationCity", "on").param("_centralEnterprise", "on"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("所选地区不在您的数据范围内")));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aValidEnterpriseIsCreatedPlacedAndAudited() throws Exception {
        String code = TestData.creditCode("330203");
        String body = mvc.perform(post("/api/v1/organizations").with(user(data.user("zhejiang.admin")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(enterprise("宁波海曙恒盛玩具有限公司", code.toLowerCase(), "330203"))))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.creditCode").value(code))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(body).get("id").asLong();
        String path = jdbc.sql("select path from organization where id = ?").param(id).query(String.class).single();
        String ningbo = jdbc.sql("select path from organization where type = 'AUTHORITY' and region_code = '330200'").query(String.class).single();
        assertThat(path).isEqualTo(ningbo + id + "/");
        String after = jdbc.sql("select after_json from audit_entry where entity_type = 'organization' and entity_id = ? and action = 'organization.create'")
                .param(Long.toString(id)).query(String.class).single();
        assertThat(after).contains("宁波海曙恒盛玩具有限公司").contains(code);
    }

    @Test
    void staleVersionIsAConflict() throws Exception {
        long id = jdbc.sql("select id from organization where type = 'ENTERPRISE' and region_code like '3302%' order by id limit 1")
                .query(Long.class).single();
        var current = json.readTree(mvc.perform(get("/api/v1/organizations/" + id).with(user(data.user("admin"))))
                .andReturn().getResponse().getContentAsString());
        Map<String, Object> body = enterprise(current.get("name").asString() + "（更名）", current.get("creditCode").asString(), "330203");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/organizations/" + id)
                        .with(user(data.user("admin"))).header("If-Match", "\"" + (current.get("version").asLong() + 7) + "\"")
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.type").value("/problems/stale"));
    }
}
