package org.qualitymonth.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.qualitymonth.shared.ChinaTime;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The overdue-task dashboard per region: chart data and Excel download match the database within the user's scope. */
@IntegrationTest
class DisposalDashboardTest {

    /** Overdue by the date in China, as the dashboard counts (the database's date is UTC's). */
    private static final String OVERDUE = " from disposal_task where status = 'OPEN' and deadline < ?"
            + " and authority_path like ?";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData data;
    @Autowired
    Clock clock;

    private LocalDate today() {
        return ChinaTime.today(clock);
    }

    private String scope(String username) {
        return data.user(username).actor().scopePath() + "%";
    }

    @Test
    void theChartCountsTheOverdueTasksOfEachRegionInScope() throws Exception {
        List<Long> perRegion = jdbc.sql("select count(*) filter (where status = 'OPEN' and deadline < ?)"
                        + " from disposal_task where authority_path like ? group by coalesce(region_code, '000000')"
                        + " order by 1 desc, count(*) filter (where status = 'OPEN') desc, coalesce(region_code, '000000')")
                .params(today(), scope("zhejiang.admin")).query(Long.class).list();
        assertThat(perRegion.stream().mapToLong(Long::longValue).sum()).isPositive();
        String page = mvc.perform(get("/console/disposal").with(user(data.user("zhejiang.admin")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"overdue-chart\"")
                .contains("data-overdue=\"" + String.join("|", perRegion.stream().map(String::valueOf).toList()) + "\"")
                .contains("/console/disposal/overdue.xlsx").contains("/js/disposal-dashboard.js");
    }

    @Test
    void theExcelListsExactlyTheOverdueTasksInScope() throws Exception {
        for (String username : List.of("zhejiang.admin", "hangzhou.admin", "admin")) {
            List<String> expected = jdbc.sql("select product_name" + OVERDUE + " order by deadline, id")
                    .params(today(), scope(username)).query(String.class).list();
            byte[] xlsx = mvc.perform(get("/console/disposal/overdue.xlsx").with(user(data.user(username))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            List<String> products = new ArrayList<>();
            try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Sheet sheet = workbook.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("逾期天数");
                for (Row row : sheet) {
                    if (row.getRowNum() > 0) {
                        products.add(row.getCell(2).getStringCellValue());
                        assertThat(row.getCell(7).getNumericCellValue()).isPositive();
                    }
                }
            }
            assertThat(products).as(username).isEqualTo(expected);
        }
        long jiangsuInZhejiangExport = jdbc.sql("select count(*)" + OVERDUE + " and authority_path like ?")
                .params(today(), scope("zhejiang.admin"), scope("jiangsu.admin")).query(Long.class).single();
        assertThat(jiangsuInZhejiangExport).isZero();
    }

    @Test
    void theRegionFilterNarrowsTheDownloadAndOthersAreRefused() throws Exception {
        long hangzhou = jdbc.sql("select count(*)" + OVERDUE + " and region_code like '3301%'")
                .params(today(), scope("zhejiang.admin")).query(Long.class).single();
        byte[] xlsx = mvc.perform(get("/console/disposal/overdue.xlsx").param("region", "3301")
                .with(user(data.user("zhejiang.admin")))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo((int) hangzhou);
        }
        mvc.perform(get("/console/disposal/overdue.xlsx").with(user(data.user("enterprise.user")))).andExpect(status().isForbidden());
    }
}
