package org.qualitymonth.portal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.qualitymonth.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PublicSiteTest {

    @Autowired
    MockMvc mvc;

    @Test
    void homeShowsTheCurrentEditionInChineseByDefault() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en-US"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<html lang=\"zh-CN\">")))
                .andExpect(content().string(Matchers.containsString("活动重点")))
                .andExpect(content().string(Matchers.containsString("智能马桶盖")))
                .andExpect(content().string(Matchers.containsString("全国“质量月”活动标识")))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("default-src 'self'")));
    }

    @Test
    void languageSwitchIsRememberedForTheVisit() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/").param("lang", "en").session(session))
                .andExpect(content().string(Matchers.containsString("Focus areas")))
                .andExpect(content().string(Matchers.containsString("Smart toilet seats")));
        mvc.perform(get("/search").session(session)).andExpect(content().string(Matchers.containsString("<html lang=\"en\">")));
        mvc.perform(get("/").param("lang", "zh_TW").session(session))
                .andExpect(content().string(Matchers.containsString("活動重點")))
                .andExpect(content().string(Matchers.containsString("馬桶蓋")));
        mvc.perform(get("/").param("lang", "xx_YY").session(new MockHttpSession()))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("<html lang=\"zh-CN\">")));
    }

    @Test
    void searchFindsEnterprisesByNameFragmentAndCreditCode() throws Exception {
        mvc.perform(get("/search").param("q", "电器"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("电器")))
                .andExpect(content().string(Matchers.matchesPattern("(?s).*登记的企业和组织（共 [1-9][0-9,]* 个）.*")));
        mvc.perform(get("/search").param("category", "FURNITURE"))
                .andExpect(content().string(Matchers.containsString("家具")));
        mvc.perform(get("/search").param("q", "x".repeat(10_000))).andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("检索词不能超过 100 个字符")));
        mvc.perform(get("/search").param("q", "%' or 1=1 --")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("共找到 0 条抽查结果")));
    }

    @Test
    void materialsAreDownloadedAndCounted() throws Exception {
        String before = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        mvc.perform(get("/materials/1/download")).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"));
        String after = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(count(after)).isEqualTo(count(before) + 1);
        mvc.perform(get("/materials/999999/download")).andExpect(status().isNotFound());
    }

    private static int count(String page) {
        var m = java.util.regex.Pattern.compile("下载 (\\d+) 次").matcher(page);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    @Test
    void apiIsDocumentedAndAnswersProblems() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/organizations']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/regions/{code}/children']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/editions/{year}']").exists());
        mvc.perform(get("/api/v1/regions/330000/children").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[0].code").value("330100")).andExpect(jsonPath("$[0].name").value("Hangzhou"));
        mvc.perform(get("/api/v1/regions").header("Accept-Language", "zh-CN")).andExpect(jsonPath("$.length()").value(34));
        mvc.perform(get("/api/v1/regions/33AB00")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/regions/339999")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("地区代码 339999 不存在"));
        mvc.perform(get("/api/v1/categories").header("Accept-Language", "en")).andExpect(jsonPath("$.length()").value(10))
                .andExpect(jsonPath("$[0].name").value("Air purifiers"));
        mvc.perform(get("/api/v1/no-such-thing").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.httpBasic("admin", "Demo@2026")).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("The requested page or resource was not found"));
        mvc.perform(get("/api/v1/organizations")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().doesNotExist("WWW-Authenticate"));
        mvc.perform(get("/no-such-page")).andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("未找到请求的页面或资源")));
    }
}
