package org.qualitymonth.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.qualitymonth.shared.CreditCode;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ConsoleListsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    @Test
    void demoDataIsCompleteAndValid() {
        assertThat(jdbc.sql("select count(*) from region").query(Long.class).single()).isGreaterThan(3000);
        assertThat(jdbc.sql("select count(*) from organization where type = 'ENTERPRISE'").query(Long.class).single())
                .isGreaterThanOrEqualTo(2000);
        assertThat(jdbc.sql("select count(*) from organization where type = 'LEADING_GROUP'").query(Long.class).single()).isEqualTo(31);
        assertThat(jdbc.sql("select count(*) from organization where type = 'AUTHORITY' and authority_level = 'PROVINCIAL'").query(Long.class).single()).isEqualTo(31);
        assertThat(jdbc.sql("select count(*) from organization where type = 'ASSOCIATION'").query(Long.class).single()).isEqualTo(20);
        assertThat(jdbc.sql("select count(distinct category_code) from organization where type = 'ENTERPRISE'").query(Long.class).single()).isEqualTo(10);
        assertThat(jdbc.sql("select count(*) from organization where demonstration_city").query(Long.class).single()).isGreaterThan(10);
        assertThat(jdbc.sql("select count(*) from organization where quality_award = 'WINNER'").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from organization where central_enterprise").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from organization where path = '' or path is null").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(distinct role) from app_user where username not like '%.test'").query(Long.class).single()).isEqualTo(org.qualitymonth.organization.Role.values().length); // a demo account per role
        for (String code : jdbc.sql("select credit_code from organization where credit_code is not null").query(String.class).list()) {
            assertThat(CreditCode.check(code)).as(code).isNull();
        }
    }

    @Test
    void listFiltersPagesAndExportsToExcel() throws Exception {
        var admin = user(data.user("zhejiang.admin"));
        mvc.perform(get("/console/organizations").param("type", "ENTERPRISE").param("categoryCode", "TOY").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("儿童玩具")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("江苏"))));
        long toys = jdbc.sql("select count(*) from organization where type = 'ENTERPRISE' and category_code = 'TOY' and region_code like '33%'")
                .query(Long.class).single();
        byte[] xlsx = mvc.perform(get("/console/organizations/export.xlsx").param("type", "ENTERPRISE").param("categoryCode", "TOY").with(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("单位名称");
            assertThat(sheet.getLastRowNum()).isEqualTo(toys);
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                assertThat(row.getCell(4).getStringCellValue()).isEqualTo("儿童玩具");
                assertThat(row.getCell(3).getStringCellValue()).contains("(33");
            }
        }
    }

    @Test
    void administratorsManageUsersWithinTheirScope() throws Exception {
        long hangzhouEnterprise = jdbc.sql("select id from organization where type = 'ENTERPRISE' and region_code like '3301%' order by id limit 1")
                .query(Long.class).single();
        long nanjingEnterprise = jdbc.sql("select id from organization where type = 'ENTERPRISE' and region_code like '3201%' order by id limit 1")
                .query(Long.class).single();
        var hangzhou = user(data.user("hangzhou.admin"));
        mvc.perform(post("/console/users").with(hangzhou).with(csrf()).param("username", "hz.enterprise.test")
                        .param("displayName", "钱测试").param("role", "ENTERPRISE_USER")
                        .param("organizationId", Long.toString(hangzhouEnterprise)).param("enabled", "true")
                        .param("password", "Quality2026x"))
                .andExpect(redirectedUrl("/console/users"));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'user.create' and after_json like '%hz.enterprise.test%'"
                + " and after_json not like '%$2%'").query(Long.class).single()).isEqualTo(1);
        long before = jdbc.sql("select count(*) from app_user").query(Long.class).single();
        mvc.perform(post("/console/users").with(hangzhou).with(csrf()).param("username", "nj.enterprise.test")
                        .param("displayName", "孙测试").param("role", "ENTERPRISE_USER")
                        .param("organizationId", Long.toString(nanjingEnterprise)).param("enabled", "true")
                        .param("password", "Quality2026x"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("所选地区不在您的数据范围内")));
        mvc.perform(post("/console/users").with(hangzhou).with(csrf()).param("username", "hz.promoted.test")
                        .param("displayName", "李测试").param("role", "PROVINCIAL_ADMIN")
                        .param("organizationId", Long.toString(hangzhouEnterprise)).param("enabled", "true")
                        .param("password", "Quality2026x"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("不能授予高于自己的角色")));
        mvc.perform(post("/console/users").with(hangzhou).with(csrf()).param("username", "hz.weak.test")
                        .param("displayName", "周测试").param("role", "ENTERPRISE_USER")
                        .param("organizationId", Long.toString(hangzhouEnterprise)).param("enabled", "true")
                        .param("password", "short"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("密码至少10位")));
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).isEqualTo(before);
        mvc.perform(get("/console/users").with(hangzhou)).andExpect(content().string(Matchers.containsString("hz.enterprise.test")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("jiangsu.admin"))));
        mvc.perform(get("/console/users").param("role", "CITY_ADMIN").with(hangzhou))
                .andExpect(content().string(Matchers.containsString("hangzhou.admin")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("hz.enterprise.test"))));
        byte[] xlsx = mvc.perform(get("/console/users/export.xlsx").param("q", "hz.").with(hangzhou))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("hz.enterprise.test");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("企业用户");
        }
    }
}
