package org.qualitymonth.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The console pages: upload, mapping, progress, error report, lifecycle steps, disposal; and data scope. */
@IntegrationTest
class InspectionWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    private long zhejiangPlan() throws Exception {
        String location = mvc.perform(post("/console/inspection/plans").with(csrf()).with(user(data.user("zhejiang.admin")))
                        .param("year", "2026").param("title", "网页导入测试").param("categories", "RICE_COOKER", "AIR_PURIFIER"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void uploadConfirmWatchAndReadTheErrorReport() throws Exception {
        var zhejiang = user(data.user("zhejiang.admin"));
        long plan = zhejiangPlan();
        byte[] sheet = Files.readAllBytes(ImportSupport.corpus("bad-rows.csv"));
        String jobUrl = mvc.perform(multipart("/console/inspection/plans/" + plan + "/import")
                        .file(new MockMultipartFile("file", "抽查结果.csv", "text/csv", sheet)).with(csrf()).with(zhejiang))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(jobUrl).with(zhejiang)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<option value=\"PRODUCT\" selected=\"selected\">")));
        String confirm = jobUrl + "/confirm";
        var request = post(confirm).with(csrf()).with(zhejiang).param("publisher", "浙江省质量科学研究院");
        String[] fields = {"SEQ", "PRODUCT", "BRAND", "MODEL", "BATCH", "MANUFACTURER", "CREDIT_CODE", "BUSINESS", "REGION",
                "SAMPLING_DATE", "CONCLUSION", "FAILED_ITEMS", "INSTITUTION", "REPORT_NO", "QUANTITY", "CATEGORY"};
        for (int i = 0; i < fields.length; i++) {
            request.param("col" + i, fields[i]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
        long job = Long.parseLong(jobUrl.substring(jobUrl.lastIndexOf('/') + 1));
        ImportSupport.await(() -> "DONE".equals(jdbc.sql("select status from insp_import_job where id = ?").param(job)
                .query(String.class).single()));
        mvc.perform(get(jobUrl + "/progress").with(zhejiang)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("导入 2 行，6 行未导入")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("hx-trigger"))));
        mvc.perform(get(jobUrl + "/errors.csv").with(zhejiang)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("数量不能为负数：-3")));
        assertThat(jdbc.sql("select count(*) from insp_import_profile where publisher = '浙江省质量科学研究院'").query(Long.class).single())
                .isEqualTo(1);
        mvc.perform(get("/console/inspection/plans/" + plan + "/import").with(zhejiang))
                .andExpect(content().string(Matchers.containsString("浙江省质量科学研究院")));
    }

    @Test
    void aRenamedExecutableIsRefusedOnThePage() throws Exception {
        long plan = zhejiangPlan();
        mvc.perform(multipart("/console/inspection/plans/" + plan + "/import")
                        .file(new MockMultipartFile("file", "result.xlsx", "application/octet-stream",
                                Files.readAllBytes(ImportSupport.corpus("renamed-executable.xlsx"))))
                        .with(csrf()).with(user(data.user("zhejiang.admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("只接受 XLSX、XLS 或 CSV 文件")));
    }

    @Test
    void jiangsuCannotSeeZhejiangsRecords() throws Exception {
        var jiangsu = user(data.user("jiangsu.admin"));
        long plan = jdbc.sql("select id from insp_plan where region_code = '330000' order by id limit 1").query(Long.class).single();
        long result = jdbc.sql("select r.id from insp_result r join insp_sample s on s.id = r.sample_id where s.plan_id = ? limit 1")
                .param(plan).query(Long.class).single();
        long task = jdbc.sql("select id from disposal_task where region_code like '33%' limit 1").query(Long.class).single();
        mvc.perform(get("/console/inspection/plans/" + plan).with(jiangsu)).andExpect(status().isNotFound());
        mvc.perform(get("/console/inspection/results/" + result).with(jiangsu)).andExpect(status().isNotFound());
        mvc.perform(post("/console/inspection/results/" + result + "/steps").with(csrf()).with(jiangsu)
                .param("step", "SERVE_NOTICE").param("on", "2026-11-01")).andExpect(status().isNotFound());
        mvc.perform(get("/console/inspection/plans/" + plan + "/import").with(jiangsu)).andExpect(status().isNotFound());
        mvc.perform(get("/console/disposal/" + task).with(jiangsu)).andExpect(status().isNotFound());
        mvc.perform(post("/console/disposal/" + task + "/close").with(csrf()).with(jiangsu).param("measures", "STOP_SALE")
                .param("evidence", "越权")).andExpect(status().isNotFound());
        mvc.perform(get("/console/inspection/plans/" + plan).with(user(data.user("zhejiang.admin")))).andExpect(status().isOk());
        mvc.perform(get("/console/inspection").with(user(data.user("enterprise.user")))).andExpect(status().isForbidden());
    }

    @Test
    void aFailedResultMovesAlongItsLifecycleAndItsTaskCloses() throws Exception {
        var zhejiang = user(data.user("zhejiang.admin"));
        long result = jdbc.sql("""
                select r.id from insp_result r join insp_sample s on s.id = r.sample_id join insp_plan p on p.id = s.plan_id
                where p.region_code = '330000' and r.stage = 'FAILED' order by r.id limit 1""").query(Long.class).single();
        mvc.perform(post("/console/inspection/results/" + result + "/steps").with(csrf()).with(zhejiang)
                .param("step", "SERVE_NOTICE").param("on", "2026-10-01")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/console/inspection/results/" + result + "/steps").with(csrf()).with(zhejiang)
                .param("step", "OBJECT").param("on", "2026-10-20")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/console/inspection/results/" + result).with(zhejiang))
                .andExpect(content().string(Matchers.containsString("已送达，异议期内")))
                .andExpect(content().string(Matchers.containsString("2026-10-16")));
        mvc.perform(post("/console/inspection/results/" + result + "/steps").with(csrf()).with(zhejiang)
                .param("step", "CONFIRM").param("on", "2026-10-20")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select stage from insp_result where id = ?").param(result).query(String.class).single()).isEqualTo("DISPOSAL");
        assertThat(jdbc.sql("select count(*) from insp_lifecycle_step where result_id = ?").param(result).query(Long.class).single())
                .isEqualTo(2);

        long task = jdbc.sql("select id from disposal_task where status = 'OPEN' and region_code = '330000' order by id limit 1")
                .query(Long.class).optional().orElseGet(() -> jdbc.sql("select id from disposal_task where status = 'OPEN' "
                        + "and authority_path like ? order by id limit 1").param(data.user("zhejiang.admin").actor().scopePath() + "%")
                        .query(Long.class).single());
        mvc.perform(post("/console/disposal/" + task + "/close").with(csrf()).with(zhejiang).param("evidence", "已下架"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from disposal_task where id = ?").param(task).query(String.class).single()).isEqualTo("OPEN");
        mvc.perform(post("/console/disposal/" + task + "/close").with(csrf()).with(zhejiang).param("measures", "STOP_SALE", "RECHECK")
                .param("evidence", "已责令下架并跟踪复查")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from disposal_task where id = ?").param(task).query(String.class).single()).isEqualTo("CLOSED");
        mvc.perform(get("/console/disposal").with(zhejiang)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("各地区处置任务")));
    }
}
