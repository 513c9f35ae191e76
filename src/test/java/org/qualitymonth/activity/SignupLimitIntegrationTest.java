package org.qualitymonth.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.qualitymonth.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Sign-up spam from one address is refused, on the page and in the API; one person never holds two places. */
@IntegrationTest
class SignupLimitIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.qualitymonth.support.TestData data;
    @Value("${qm.activity.signup-limit-capacity}")
    int capacity;

    private long activity() {
        return jdbc.sql("""
                insert into activity (edition_year, organization_id, organization_path, region_code, title, type, focus_area,
                  starts_at, ends_at, address, description, created_by, open_signup, capacity)
                select 2026, id, path, '330100', '质量讲堂（限流测试）', 'PUBLICITY', 3, timestamptz '2026-09-21 09:00+08',
                  timestamptz '2026-09-21 11:00+08', '杭州市民中心', '<p>讲座</p>', 'test', true, 100
                from organization where type = 'AUTHORITY' and region_code = '330100' returning id""").query(Long.class).single();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private MockHttpServletRequestBuilder api(long activity, String name, String contact) {
        return post("/api/v1/activities/" + activity + "/signups").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + name + "\",\"contact\":\"" + contact + "\"}");
    }

    private long signups(long activity) {
        return jdbc.sql("select count(*) from activity_signup where activity_id = ?").param(activity).query(Long.class).single();
    }

    @Test
    void oneAddressGetsItsAllowanceThenALocalizedRefusal() throws Exception {
        long activity = activity();
        for (int i = 0; i < capacity; i++) {
            mvc.perform(api(activity, "刷单", "not-a-contact").with(from("203.0.113.7"))).andExpect(status().isBadRequest());
        }
        // the allowance refills gradually (one attempt per period / capacity), so a slow run may have earned one or two more
        int extra = 0;
        while (mvc.perform(api(activity, "刷单", "not-a-contact").with(from("203.0.113.7"))).andReturn().getResponse().getStatus() == 400) {
            assertThat(++extra).isLessThan(5);
        }
        mvc.perform(api(activity, "刷单", "13900000001").with(from("203.0.113.7")).header("Accept-Language", "en"))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.code").value("signup.rate-limited"))
                .andExpect(jsonPath("$.title").value("Too many sign-ups from the same network address; please try again later"));
        mvc.perform(post("/activities/" + activity + "/signup").with(csrf()).with(from("203.0.113.7"))
                        .param("name", "刷单").param("contact", "13900000002"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("signupError", "error.signup.rate-limited"));
        assertThat(signups(activity)).isZero();

        mvc.perform(api(activity, "王五", "13900000003").with(from("198.51.100.20")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andExpect(jsonPath("$.code").value(Matchers.matchesPattern("[A-Z2-9]{8}")));
        assertThat(signups(activity)).isOne();
        String page = mvc.perform(get("/activities/" + activity).flashAttr("signupError", "error.signup.rate-limited"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("同一网络地址的报名过于频繁，请稍后再试");
    }

    @Test
    void theSamePhoneOrEmailCannotTakeTwoPlacesWhateverItsSpelling() throws Exception {
        long activity = activity();
        mvc.perform(api(activity, "李雷", "13912345678").with(from("198.51.100.30"))).andExpect(status().isCreated());
        mvc.perform(api(activity, "李雷", "+86 139-1234-5678").with(from("198.51.100.31")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("signup.duplicate"));
        mvc.perform(api(activity, "韩梅梅", "Han.MeiMei@Example.com").with(from("198.51.100.32"))).andExpect(status().isCreated());
        mvc.perform(api(activity, "韩梅梅", "  han.meimei@example.COM ").with(from("198.51.100.33")))
                .andExpect(status().isConflict());
        mvc.perform(post("/activities/" + activity + "/signup").with(csrf()).with(from("198.51.100.34"))
                        .param("name", "韩梅梅").param("contact", "HAN.MEIMEI@EXAMPLE.COM"))
                .andExpect(flash().attribute("signupError", "error.signup.duplicate"));
        assertThat(signups(activity)).isEqualTo(2);
        assertThat(jdbc.sql("select contact from activity_signup where activity_id = ? order by id").param(activity).query(String.class).list())
                .containsExactly("13912345678", "han.meimei@example.com");
    }

    @Test
    void descriptionsAreSanitizedWhenWrittenAndRenderedAsHtml() throws Exception {
        long activity = activity();
        jdbc.sql("update activity set description = ? where id = ?").params("旧的纯文本描述\n第二行 1 < 2 & 3", activity).update();
        mvc.perform(get("/activities/" + activity)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<p>旧的纯文本描述<br />第二行 1 &lt; 2 &amp; 3</p>")));

        String location = mvc.perform(post("/console/activities").with(csrf()).with(user(data.user("enterprise.user")))
                        .param("title", "富文本测试活动").param("type", "PUBLICITY").param("focusArea", "3")
                        .param("startsAt", "2026-09-22T09:00").param("endsAt", "2026-09-22T10:00").param("regionCode", "330106")
                        .param("address", "文三路90号").param("_openSignup", "on").param("description",
                                "<p onmouseover=\"x()\">欢迎<strong>参加</strong></p><script>alert(1)</script>"
                                        + "<img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">恶意</a><a href=\"https://www.samr.gov.cn\">总局</a>"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String stored = jdbc.sql("select description from activity where title = '富文本测试活动'").query(String.class).single();
        // the sanitizer writes the two rel values in either order
        assertThat(stored.replace("rel=\"nofollow noopener\"", "rel=\"noopener nofollow\""))
                .isEqualTo("<p>欢迎<strong>参加</strong></p>恶意<a href=\"https://www.samr.gov.cn\" rel=\"noopener nofollow\">总局</a>");
        mvc.perform(get(location)).andExpect(content().string(Matchers.containsString(stored)));
        mvc.perform(get(location + ".ics")).andExpect(content().string(Matchers.containsString("DESCRIPTION:欢迎参加\\n恶意总局")));
    }
}
