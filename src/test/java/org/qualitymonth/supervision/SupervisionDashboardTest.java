package org.qualitymonth.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SupervisionDashboardTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    @Test
    void nationalTotalsMatchTheRecordsAndDrillDownToCities() throws Exception {
        long accepted = jdbc.sql("select count(*) from activity_plan where kind = 'PLAN' and edition_year = 2026 and status = 'ACCEPTED'").query(Long.class).single();
        long obliged = jdbc.sql("select count(*) from plan_obligation where edition_year = 2026 and not exempt").query(Long.class).single();
        byte[] xlsx = mvc.perform(get("/console/supervision/export.xlsx").with(user(data.user("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("已通过");
            double sumAccepted = 0;
            double sumObliged = 0;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                sumObliged += sheet.getRow(i).getCell(1).getNumericCellValue();
                sumAccepted += sheet.getRow(i).getCell(5).getNumericCellValue();
            }
            assertThat((long) sumAccepted).isEqualTo(accepted);
            assertThat((long) sumObliged).isEqualTo(obliged);
        }
        mvc.perform(get("/console/supervision").with(user(data.user("admin"))))
                .andExpect(content().string(Matchers.containsString("浙江省"))).andExpect(content().string(Matchers.containsString("progress-chart")));
        mvc.perform(get("/console/supervision").param("province", "330000").with(user(data.user("admin"))))
                .andExpect(content().string(Matchers.containsString("宁波市")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("南京市"))));
        mvc.perform(get("/console/supervision").param("province", "33'--").with(user(data.user("admin"))))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/console/supervision/city/330200").with(user(data.user("admin"))))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("宁波市市场监督管理局")));
        mvc.perform(get("/console/supervision/city/320100").with(user(data.user("zhejiang.admin")))).andExpect(status().isNotFound());
        mvc.perform(get("/console/supervision/city/330200").with(user(data.user("hangzhou.admin")))).andExpect(status().isNotFound());
    }

    @Test
    void aProvinceSeesOnlyItsCitiesWhateverItAsks() throws Exception {
        mvc.perform(get("/console/supervision").param("province", "320000").with(user(data.user("zhejiang.admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("宁波市")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("南京市"))));
        mvc.perform(get("/console/supervision").with(user(data.user("enterprise.user")))).andExpect(status().isForbidden());
    }
}
