package org.qualitymonth.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualitymonth.organization.domain.Organization;
import org.qualitymonth.organization.domain.OrganizationService;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every role against every console page and API endpoint of this capability, on organisations inside and
 * outside its data scope, for reads and writes. Expected outcomes are written out, not derived.
 */
@IntegrationTest
class SecurityMatrixTest {

    private static final List<String> ROLES = List.of("admin", "zhejiang.admin", "jiangsu.admin", "zhejiang.reviewer",
            "hangzhou.admin", "xihu.admin", "cqa.user", "enterprise.user");

    /** Which of the targets each demo account can see. */
    private static final Map<String, Set<String>> VISIBLE = Map.of(
            "admin", Set.of("xihu", "hangzhou", "jiangsu", "cqa"),
            "zhejiang.admin", Set.of("xihu", "hangzhou"),
            "jiangsu.admin", Set.of("jiangsu"),
            "zhejiang.reviewer", Set.of("xihu", "hangzhou"),
            "hangzhou.admin", Set.of("xihu", "hangzhou"),
            "xihu.admin", Set.of("xihu"),
            "cqa.user", Set.of("cqa"),
            "enterprise.user", Set.of());

    private static final Set<String> WRITERS = Set.of("admin", "zhejiang.admin", "jiangsu.admin", "hangzhou.admin", "xihu.admin");
    private static final Set<String> USER_ADMINS = WRITERS;

    /** For each account, a region inside its scope and one outside (null: the account cannot create anywhere). */
    private static final Map<String, String[]> REGIONS = Map.of(
            "admin", new String[] {"330106", null},
            "zhejiang.admin", new String[] {"330106", "320102"},
            "jiangsu.admin", new String[] {"320102", "330106"},
            "hangzhou.admin", new String[] {"330106", "330203"},
            "xihu.admin", new String[] {"330106", "330102"});

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    OrganizationService organizations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    private final Map<String, Long> targets = new LinkedHashMap<>();

    @BeforeEach
    void targets() {
        var admin = data.user("admin").actor();
        targets.put("xihu", organizations.create(admin, TestData.enterprise("西湖矩阵测试电器有限公司" + System.nanoTime(), "330106")).id());
        targets.put("hangzhou", organizations.create(admin, TestData.enterprise("上城矩阵测试电器有限公司" + System.nanoTime(), "330102")).id());
        targets.put("jiangsu", organizations.create(admin, TestData.enterprise("南京矩阵测试电器有限公司" + System.nanoTime(), "320102")).id());
        targets.put("cqa", jdbc.sql("select id from organization where name = '中国质量协会'").query(Long.class).single());
    }

    @Test
    void readsFollowTheDataScope() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (String role : ROLES) {
            for (var target : targets.entrySet()) {
                int expected = VISIBLE.get(role).contains(target.getKey()) ? 200 : 404;
                expect(mismatches, role, "GET api " + target.getKey(), expected,
                        get("/api/v1/organizations/" + target.getValue()));
                expect(mismatches, role, "GET page " + target.getKey(), expected,
                        get("/console/organizations/" + target.getValue()));
            }
            expect(mismatches, role, "GET /console", 200, get("/console"));
            expect(mismatches, role, "GET /console/organizations", 200, get("/console/organizations"));
            expect(mismatches, role, "GET /console/users", USER_ADMINS.contains(role) ? 200 : 403, get("/console/users"));
            expect(mismatches, role, "GET /console/editions", role.equals("admin") ? 200 : 403, get("/console/editions"));
            expect(mismatches, role, "GET /console/audit", role.equals("admin") ? 200 : 403, get("/console/audit"));
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void listsNeverShowAnotherScope() throws Exception {
        for (String role : ROLES) {
            String body = mvc.perform(get("/api/v1/organizations").param("size", "200").param("q", "矩阵测试")
                    .with(user(data.user(role)))).andReturn().getResponse().getContentAsString();
            var items = json.readTree(body).get("items");
            for (var item : items) {
                long id = item.get("id").asLong();
                String key = targets.entrySet().stream().filter(e -> e.getValue() == id).map(Map.Entry::getKey).findFirst().orElse(null);
                if (key != null) {
                    assertThat(VISIBLE.get(role)).as(role + " lists " + key).contains(key);
                }
            }
        }
    }

    @Test
    void writesFollowPermissionAndScope() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (String role : ROLES) {
            for (var target : targets.entrySet()) {
                if (target.getKey().equals("cqa")) {
                    continue;
                }
                Organization before = organizations.get(data.user("admin").actor(), target.getValue());
                boolean visible = VISIBLE.get(role).contains(target.getKey());
                int expected = !WRITERS.contains(role) ? 403 : visible ? 200 : 404;
                var change = before.data();
                String body = json.writeValueAsString(new LinkedHashMap<>(Map.of("type", "ENTERPRISE",
                        "name", before.name() + "改", "creditCode", change.creditCode(), "regionCode", change.regionCode(),
                        "qualityAward", "NONE")));
                expect(mismatches, role, "PUT api " + target.getKey(), expected,
                        put("/api/v1/organizations/" + target.getValue()).contentType(MediaType.APPLICATION_JSON).content(body));
                expect(mismatches, role, "POST page " + target.getKey(), !WRITERS.contains(role) ? 403 : visible ? 302 : 404,
                        post("/console/organizations/" + target.getValue()).with(csrf())
                                .param("type", "ENTERPRISE").param("name", before.name() + "页")
                                .param("creditCode", change.creditCode()).param("regionCode", change.regionCode())
                                .param("qualityAward", "NONE").param("_demonstrationCity", "on").param("_centralEnterprise", "on"));
                if (!visible || !WRITERS.contains(role)) {
                    Organization after = organizations.get(data.user("admin").actor(), target.getValue());
                    if (!after.name().equals(before.name())) {
                        mismatches.add(role + " changed " + target.getKey());
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void creationIsLimitedToTheScope() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (String role : ROLES) {
            String[] regions = REGIONS.getOrDefault(role, new String[] {"330106", "320102"});
            String inside = json.writeValueAsString(TestData.enterprise("矩阵新建" + role + System.nanoTime(), regions[0]));
            expect(mismatches, role, "POST api inside", WRITERS.contains(role) ? 201 : 403,
                    post("/api/v1/organizations").contentType(MediaType.APPLICATION_JSON).content(inside));
            if (regions[1] != null) {
                String name = "矩阵越权" + role + System.nanoTime();
                String outside = json.writeValueAsString(TestData.enterprise(name, regions[1]));
                expect(mismatches, role, "POST api outside", 403,
                        post("/api/v1/organizations").contentType(MediaType.APPLICATION_JSON).content(outside));
                long written = jdbc.sql("select count(*) from organization where name = ?").param(name).query(Long.class).single();
                if (written != 0) {
                    mismatches.add(role + " wrote outside its scope");
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void editionsAreManagedNationallyOnly() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (String role : ROLES) {
            if (!role.equals("admin")) {
                expect(mismatches, role, "POST edition publish", 403, post("/api/v1/editions/2026/publish"));
                expect(mismatches, role, "POST page next edition", 403, post("/console/editions/next").with(csrf()));
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void plansFollowPermissionRouteAndScope() throws Exception {
        long ningbo = jdbc.sql("select p.id from activity_plan p join organization o on o.id = p.organization_id "
                + "where p.kind = 'PLAN' and o.type = 'AUTHORITY' and o.region_code = '330200'").query(Long.class).single();
        Map<String, int[]> expected = new LinkedHashMap<>();
        //                       mine reviews obligations read decide save
        expected.put("admin", new int[] {403, 200, 200, 200, 409, 403});
        expected.put("zhejiang.admin", new int[] {302, 403, 403, 200, 403, 403});
        expected.put("jiangsu.admin", new int[] {302, 403, 403, 404, 403, 404});
        expected.put("zhejiang.reviewer", new int[] {403, 200, 403, 200, -1, 403});
        expected.put("hangzhou.admin", new int[] {302, 200, 403, 404, 404, 404});
        expected.put("xihu.admin", new int[] {302, 403, 403, 404, 403, 404});
        expected.put("cqa.user", new int[] {302, 403, 403, 404, 403, 404});
        expected.put("enterprise.user", new int[] {302, 403, 403, 404, 403, 404});
        String before = jdbc.sql("select status || version from activity_plan where id = ?").param(ningbo).query(String.class).single();
        List<String> mismatches = new ArrayList<>();
        for (var entry : expected.entrySet()) {
            String role = entry.getKey();
            int[] codes = entry.getValue();
            expect(mismatches, role, "GET plans/mine", codes[0], get("/console/plans/mine"));
            expect(mismatches, role, "GET reviews", codes[1], get("/console/reviews"));
            expect(mismatches, role, "GET obligations", codes[2], get("/console/obligations"));
            expect(mismatches, role, "GET ningbo plan", codes[3], get("/console/plans/" + ningbo));
            if (codes[4] > 0) {
                expect(mismatches, role, "POST decision", codes[4], post("/console/plans/" + ningbo + "/decision").with(csrf())
                        .param("decision", "FORWARD").param("comment", "越权"));
            }
            expect(mismatches, role, "POST save", codes[5], post("/console/plans/" + ningbo).with(csrf())
                    .param("action", "save").param("title", "篡改").param("_publicPlan", "on"));
        }
        assertThat(mismatches).isEmpty();
        assertThat(jdbc.sql("select status || version from activity_plan where id = ?").param(ningbo).query(String.class).single())
                .isEqualTo(before);
    }

    private void expect(List<String> mismatches, String role, String what, int expected, MockHttpServletRequestBuilder request)
            throws Exception {
        int status = mvc.perform(request.with(user(data.user(role)))).andReturn().getResponse().getStatus();
        if (status != expected) {
            mismatches.add(role + " " + what + ": expected " + expected + " got " + status);
        }
    }
}
