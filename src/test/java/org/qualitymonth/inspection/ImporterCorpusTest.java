package org.qualitymonth.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qualitymonth.inspection.ImportSupport.corpus;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.qualitymonth.inspection.domain.Column;
import org.qualitymonth.inspection.domain.ImportErrors;
import org.qualitymonth.inspection.domain.ImportJobs;
import org.qualitymonth.inspection.domain.ImportJobs.JobView;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.shared.BusinessException;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each quirk of the corpus in src/test/resources/inspection, imported end to end on the real database. */
@IntegrationTest
class ImporterCorpusTest {

    @Autowired
    ImportJobs imports;
    @Autowired
    org.qualitymonth.inspection.domain.SpotCheckPlans plans;
    @Autowired
    ImportErrors errors;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    private ImportSupport support;

    @org.junit.jupiter.api.BeforeEach
    void support() {
        support = new ImportSupport(imports, plans);
    }

    private Actor zhejiang() {
        return data.user("zhejiang.admin").actor();
    }

    private JobView imported(String file) throws Exception {
        long plan = support.plan(zhejiang(), "语料 " + file);
        JobView job = support.run(zhejiang(), plan, corpus(file));
        assertThat(job.status()).as(job.failureCode()).isEqualTo(ImportJobs.Status.DONE);
        return job;
    }

    private List<String> column(JobView job, String column) {
        return jdbc.sql("select s." + column + " from insp_sample s where s.import_job_id = ? order by s.id").param(job.id())
                .query(String.class).list();
    }

    @Test
    void headerOnRow3AfterTitleRows() throws Exception {
        JobView job = imported("header-on-row-3.csv");
        assertThat(job.headerRow()).isEqualTo(3);
        assertThat(job.rowsImported()).isEqualTo(10);
        assertThat(job.rowsRefused()).isZero();
        assertThat(column(job, "region_code")).contains("330100", "330200");
        assertThat(jdbc.sql("select count(*) from insp_result r join insp_sample s on s.id = r.sample_id "
                + "where s.import_job_id = ? and r.conclusion = 'FAIL'").param(job.id()).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select measured from insp_failed_item f join insp_result r on r.id = f.result_id join insp_sample s "
                        + "on s.id = r.sample_id where s.import_job_id = ? and f.position = 1 limit 1").param(job.id())
                .query(String.class).single()).isEqualTo("0.92mA");
    }

    @Test
    void mergedHeaderCellsInXlsx() throws Exception {
        long plan = support.plan(zhejiang(), "合并表头");
        long job = support.upload(zhejiang(), plan, corpus("merged-header.xlsx"));
        assertThat(imports.get(zhejiang(), job).mapping()).containsEntry(3, Column.MANUFACTURER)
                .containsEntry(4, Column.MANUFACTURER_ADDRESS).containsEntry(6, Column.CONCLUSION);
        imports.confirm(zhejiang(), job, imports.get(zhejiang(), job).mapping(), null);
        JobView done = support.finished(zhejiang(), job);
        assertThat(done.rowsImported()).isEqualTo(6);
        assertThat(column(done, "manufacturer_address")).contains("杭州市余杭区测试路1号");
    }

    @Test
    void repeatedHeaderRowsInLegacyXlsAreSkipped() throws Exception {
        JobView job = imported("repeated-header.xls");
        assertThat(job.rowsImported()).isEqualTo(10);
        assertThat(job.rowsRefused()).isZero();
    }

    @Test
    void fullWidthCharactersAreFolded() throws Exception {
        JobView job = imported("full-width.csv");
        assertThat(job.rowsImported()).isEqualTo(10);
        assertThat(column(job, "model")).contains("FB-201", "KJ-202");
        assertThat(column(job, "manufacturer_credit_code")).contains(MessySheets.code("330100", 1));
    }

    @Test
    void gbkCsvIsDetected() throws Exception {
        JobView job = imported("gbk.csv");
        assertThat(job.rowsImported()).isEqualTo(10);
        assertThat(column(job, "product_name")).contains("电饭煲", "家用空气净化器");
    }

    @Test
    void excelSerialDatesBecomeDates() throws Exception {
        JobView job = imported("excel-serial-dates.xlsx");
        assertThat(job.rowsImported()).isEqualTo(5);
        assertThat(column(job, "sampling_date::text")).containsExactly("2026-04-06", "2026-04-07", "2026-04-08", "2026-04-09", "2026-04-10");
    }

    @Test
    void lettersAndWordsForConclusions() throws Exception {
        JobView job = imported("pass-fail-letters.csv");
        assertThat(job.rowsImported()).isEqualTo(10);
        assertThat(jdbc.sql("select count(*) from insp_result r join insp_sample s on s.id = r.sample_id "
                + "where s.import_job_id = ? and r.conclusion = 'FAIL'").param(job.id()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void slashMeansEmpty() throws Exception {
        JobView job = imported("slash-empties.csv");
        assertThat(job.rowsImported()).isEqualTo(10);
        assertThat(column(job, "brand")).containsOnlyNulls();
        assertThat(column(job, "manufacturer_credit_code")).containsOnlyNulls();
    }

    @Test
    void badRowsAreListedWithTheirReasonAndTheRestImported() throws Exception {
        JobView job = imported("bad-rows.csv");
        assertThat(job.rowsImported()).isEqualTo(2);
        assertThat(job.rowsRefused()).isEqualTo(6);
        List<String> reasons = jdbc.sql("select row_no || ':' || reason_code from insp_import_error where job_id = ? order by row_no")
                .param(job.id()).query(String.class).list();
        assertThat(reasons).containsExactly("3:inspection.row.date-invalid", "4:inspection.row.quantity-negative",
                "5:inspection.row.category-unknown", "6:credit-code.check-digit", "7:inspection.row.product-missing",
                "8:inspection.row.conclusion-invalid");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        try {
            errors.writeCsv(job.id(), out);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"行号\"").contains("3,\"无法识别的日期：2026-13-45\"").contains("统一社会信用代码校验位不正确")
                .contains("5,\"未知的产品类别：游艇\"");
        assertThat(csv.lines().count()).isEqualTo(7);
    }

    @Test
    void unusableFilesAreRefusedAndChangeNothing() throws Exception {
        long plan = support.plan(zhejiang(), "坏文件");
        long jobsBefore = jdbc.sql("select count(*) from insp_import_job").query(Long.class).single();
        assertRefused(plan, "zero-bytes.xlsx", "file.empty");
        assertRefused(plan, "renamed-executable.xlsx", "inspection.import.unsupported-format");
        assertRefused(plan, "zip-bomb.xlsx", "inspection.import.zip-bomb");
        assertRefused(plan, "no-header.csv", "inspection.import.no-header");
        assertThat(jdbc.sql("select count(*) from insp_import_job").query(Long.class).single()).isEqualTo(jobsBefore);
        assertThat(jdbc.sql("select count(*) from insp_sample where plan_id = ?").param(plan).query(Long.class).single()).isZero();
    }

    private void assertRefused(long plan, String file, String code) {
        assertThatThrownBy(() -> support.upload(zhejiang(), plan, corpus(file)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
