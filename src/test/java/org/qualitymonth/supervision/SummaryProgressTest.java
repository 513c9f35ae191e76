package org.qualitymonth.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.qualitymonth.plan.SummaryQueries;
import org.qualitymonth.plan.SummaryQueries.RegionSummaries;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Summary completion by region adds up to the records, by province and by city, on the page and in Excel. */
@IntegrationTest
class SummaryProgressTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SummaryQueries summaries;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void completionAndFiguresAddUpByRegion() throws Exception {
        long accepted = count("select count(*) from activity_plan where kind = 'SUMMARY' and edition_year = 2026 and status = 'ACCEPTED'");
        long obliged = count("select count(*) from plan_obligation where edition_year = 2026 and not exempt");
        long participants = count("select coalesce(sum(s.participants), 0) from plan_summary s join activity_plan p on p.id = s.plan_id "
                + "where p.edition_year = 2026 and p.status in ('SUBMITTED', 'FORWARDED', 'ACCEPTED')");
        assertThat(accepted).isPositive();
        assertThat(participants).isPositive();

        byte[] xlsx = mvc.perform(get("/console/supervision/summaries/export.xlsx").with(user(data.user("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("已通过");
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("参与人数（人次）");
            double[] sums = new double[3];
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                sums[0] += sheet.getRow(i).getCell(1).getNumericCellValue();
                sums[1] += sheet.getRow(i).getCell(5).getNumericCellValue();
                sums[2] += sheet.getRow(i).getCell(8).getNumericCellValue();
            }
            assertThat((long) sums[0]).isEqualTo(obliged);
            assertThat((long) sums[1]).isEqualTo(accepted);
            assertThat((long) sums[2]).isEqualTo(participants);
        }

        // a province's cities add up to its row in the national table
        List<RegionSummaries> provinces = summaries.progress(2026, null, java.time.LocalDate.of(2026, 11, 1));
        RegionSummaries zhejiang = provinces.stream().filter(r -> r.regionCode().equals("330000")).findFirst().orElseThrow();
        RegionSummaries cities = summaries.progress(2026, "330000", java.time.LocalDate.of(2026, 11, 1)).stream()
                .reduce(new RegionSummaries(null, 0, 0, 0, 0, 0, 0, org.qualitymonth.plan.SummaryFigures.none()), RegionSummaries::plus);
        assertThat(cities.obligations()).isEqualTo(zhejiang.obligations());
        assertThat(cities.accepted()).isEqualTo(zhejiang.accepted());
        assertThat(cities.overdue()).isEqualTo(zhejiang.overdue()).isPositive();
        assertThat(cities.figures()).isEqualTo(zhejiang.figures());

        mvc.perform(get("/console/supervision/summaries").with(user(data.user("admin"))))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("浙江省")))
                .andExpect(content().string(Matchers.containsString("progress-chart")));
        // a province sees its own scope, whatever it asks for
        mvc.perform(get("/console/supervision/summaries").param("province", "320000").with(user(data.user("zhejiang.admin"))))
                .andExpect(content().string(Matchers.containsString("宁波市")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("南京市"))));
        mvc.perform(get("/console/supervision/summaries/city/330200").with(user(data.user("admin"))))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("/console/summaries/")));
        mvc.perform(get("/console/supervision/summaries/city/320100").with(user(data.user("zhejiang.admin")))).andExpect(status().isNotFound());
        mvc.perform(get("/console/supervision/summaries").with(user(data.user("enterprise.user")))).andExpect(status().isForbidden());
    }
}
