package org.qualitymonth.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qualitymonth.inspection.domain.ImportJobs;
import org.qualitymonth.inspection.domain.ImportJobs.JobView;
import org.qualitymonth.inspection.domain.SpotCheckPlans;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Re-imports create no duplicates; an import that fails half-way leaves no row and no disposal task; every
 * failed result gets exactly its disposal tasks once the events are handled; manufacturers are matched.
 */
@IntegrationTest
class ImportConsistencyTest {

    @Autowired
    ImportJobs imports;
    @Autowired
    SpotCheckPlans plans;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;

    private ImportSupport support;

    @BeforeEach
    void support() {
        support = new ImportSupport(imports, plans);
    }

    private Actor zhejiang() {
        return data.user("zhejiang.admin").actor();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** The plan's kept sample and failed counts (shown in the console), per region too, are what counting the record gives. */
    private void assertCountsKept(long plan) {
        assertThat(jdbc.sql("select region_code || '=' || samples from insp_plan_region_samples where plan_id = ? and samples <> 0"
                + " order by 1").param(plan).query(String.class).list())
                .isEqualTo(jdbc.sql("select coalesce(region_code, '') || '=' || count(*) from insp_sample where plan_id = ?"
                        + " group by region_code order by 1").param(plan).query(String.class).list());
        SpotCheckPlans.PlanView view = plans.get(data.user("admin").actor(), plan);
        assertThat(view.samples()).isEqualTo(count("select count(*) from insp_sample where plan_id = ?", plan));
        assertThat(view.failed()).isEqualTo(count("select count(*) from insp_result r join insp_sample s on s.id = r.sample_id "
                + "where s.plan_id = ? and r.conclusion = 'FAIL'", plan));
    }

    /** 1,200 rows over three batches; every 20th fails; the 1,100th carries {@code product} as its name. */
    private Path sheet(String name, String product, int from, int to) throws Exception {
        List<List<String>> lines = new ArrayList<>();
        lines.add(MessySheets.HEADER);
        for (int i = from; i <= to; i++) {
            boolean fail = i % 20 == 0;
            lines.add(List.of(Integer.toString(i), i == 1100 ? product : "电饭煲", "牌" + i, "FB-" + i, "2026030" + (i % 9 + 1),
                    "浙江批量电器有限公司" + (i % 50), MessySheets.code("330100", 1000 + i % 50), "宁波批量商贸有限公司",
                    i % 2 == 0 ? "宁波市" : "杭州市", "2026-05-1" + (i % 10), fail ? "不合格" : "合格",
                    fail ? "输入功率(条款10;实测+18%;要求±10%)" : "/", "浙江省质量科学研究院", "BATCH-" + i));
        }
        Path file = dir.resolve(name);
        MessySheets.csv(file, StandardCharsets.UTF_8, lines);
        return file;
    }

    @Test
    void aCrashHalfWayLeavesNothingAndTheRerunCreatesEachDisposalTaskOnce() throws Exception {
        long plan = support.plan(zhejiang(), "中断测试");
        Path file = sheet("crash.csv", "崩溃测试电饭煲", 1, 1200);
        jdbc.sql("""
                create or replace function insp_test_crash() returns trigger language plpgsql as $$
                begin if new.product_name = '崩溃测试电饭煲' then raise exception 'simulated crash'; end if; return new; end $$""").update();
        jdbc.sql("create trigger insp_test_crash before insert on insp_sample for each row execute function insp_test_crash()").update();
        JobView crashed;
        try {
            crashed = support.run(zhejiang(), plan, file);
        } finally {
            jdbc.sql("drop trigger insp_test_crash on insp_sample").update();
        }
        assertThat(crashed.status()).isEqualTo(ImportJobs.Status.FAILED);
        assertThat(crashed.failureCode()).isEqualTo("inspection.import.crashed");
        assertThat(count("select count(*) from insp_sample where plan_id = ?", plan)).isZero();
        assertThat(count("select count(*) from insp_import_error where job_id = ?", crashed.id())).isZero();
        assertThat(plans.get(zhejiang(), plan).samples()).isZero();
        Thread.sleep(500);
        assertThat(count("select count(*) from disposal_task where plan_id = ?", plan)).isZero();

        JobView done = support.run(zhejiang(), plan, file);
        assertThat(done.status()).isEqualTo(ImportJobs.Status.DONE);
        assertThat(done.rowsImported()).isEqualTo(1200);
        long failed = count("select count(*) from insp_result r join insp_sample s on s.id = r.sample_id "
                + "where s.plan_id = ? and r.conclusion = 'FAIL'", plan);
        assertThat(failed).isEqualTo(60);
        // manufacturer in Hangzhou; sampled business in Ningbo for even rows (all failing rows): two authorities each
        ImportSupport.await(() -> count("select count(*) from disposal_task where plan_id = ?", plan) == 120);
        assertThat(count("select count(distinct result_id) from disposal_task where plan_id = ?", plan)).isEqualTo(60);

        JobView again = support.run(zhejiang(), plan, file);
        assertThat(again.rowsImported()).isEqualTo(1200);
        Thread.sleep(1500);
        assertThat(count("select count(*) from insp_sample where plan_id = ?", plan)).isEqualTo(1200);
        assertThat(count("select count(*) from disposal_task where plan_id = ?", plan)).isEqualTo(120);
        assertCountsKept(plan);
        assertThat(plans.get(zhejiang(), plan).failed()).isEqualTo(60);
    }

    @Test
    void anOverlappingFileUpdatesTheRowsItShares() throws Exception {
        long plan = support.plan(zhejiang(), "重叠导入");
        support.run(zhejiang(), plan, sheet("first.csv", "电饭煲", 1, 300));
        JobView second = support.run(zhejiang(), plan, sheet("second.csv", "电饭煲", 201, 450));
        assertThat(second.rowsImported()).isEqualTo(250);
        assertThat(count("select count(*) from insp_sample where plan_id = ?", plan)).isEqualTo(450);
        assertThat(count("select count(*) from insp_result r join insp_sample s on s.id = r.sample_id where s.plan_id = ?", plan))
                .isEqualTo(450);
        assertThat(count("select count(*) from insp_failed_item f join insp_result r on r.id = f.result_id "
                + "join insp_sample s on s.id = r.sample_id where s.plan_id = ?", plan)).isEqualTo(22);
        assertCountsKept(plan);
        assertThat(plans.get(zhejiang(), plan).samples()).isEqualTo(450);
    }

    @Test
    void aKeyRepeatedInTheFileKeepsTheLaterRowAndAReimportReplacesFailedItems() throws Exception {
        long plan = support.plan(zhejiang(), "重复编号");
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("产品名称", "检验结论", "不合格项目", "报告编号", "所属地市"));
        lines.add(List.of("电饭煲", "不合格", "标志和说明、输入功率", "DUP-1", "杭州市"));
        lines.add(List.of("电饭煲", "合格", "/", "DUP-2", "杭州市"));
        lines.add(List.of("电饭煲", "不合格", "泄漏电流（条款13；实测0.92mA；要求≤0.75mA）", "DUP-1", "杭州市"));
        Path file = dir.resolve("dup.csv");
        MessySheets.csv(file, StandardCharsets.UTF_8, lines);
        JobView job = support.run(zhejiang(), plan, file);
        assertThat(job.rowsImported()).isEqualTo(3);
        assertThat(count("select count(*) from insp_sample where plan_id = ?", plan)).isEqualTo(2);
        String items = "select count(*) from insp_failed_item f join insp_result r on r.id = f.result_id "
                + "join insp_sample s on s.id = r.sample_id where s.plan_id = ? and r.report_no = 'DUP-1'";
        assertThat(count(items, plan)).isEqualTo(1);
        assertThat(jdbc.sql("select f.measured from insp_failed_item f join insp_result r on r.id = f.result_id "
                + "where r.report_no = 'DUP-1'").query(String.class).single()).isEqualTo("0.92mA");
        ImportSupport.await(() -> count("select count(*) from disposal_task where plan_id = ?", plan) == 1);
        assertThat(plans.get(zhejiang(), plan).failed()).isEqualTo(1);

        lines.set(3, List.of("电饭煲", "合格", "/", "DUP-1", "杭州市"));
        MessySheets.csv(file, StandardCharsets.UTF_8, lines);
        support.run(zhejiang(), plan, file);
        assertThat(count(items, plan)).isZero();
        assertThat(count("select count(*) from insp_result r join insp_sample s on s.id = r.sample_id "
                + "where s.plan_id = ? and r.conclusion = 'FAIL' and r.stage is null", plan)).isZero();
        assertThat(count("select count(*) from insp_sample where plan_id = ?", plan)).isEqualTo(2);
        assertCountsKept(plan);
        assertThat(plans.get(zhejiang(), plan).failed()).as("the failed result passed on re-import").isZero();
    }

    @Test
    void aNationalPlanShowsToTheProvincesItSampledInAndItsTasksCountTheirRegionsSamples() throws Exception {
        Actor national = data.user("admin").actor();
        long plan = support.plan(national, "全国分地区计数抽查");
        plans.addTask(national, plan, "宁波市产品质量检验所", "330200", 5);
        Path file = dir.resolve("regions.csv");
        List<List<String>> lines = new ArrayList<>(List.of(List.of("产品名称", "检验结论", "不合格项目", "报告编号", "所属地市"),
                List.of("电饭煲", "合格", "/", "REG-1", "宁波市"), List.of("电饭煲", "不合格", "输入功率", "REG-2", "宁波市"),
                List.of("电饭煲", "合格", "/", "REG-3", "杭州市")));
        MessySheets.csv(file, StandardCharsets.UTF_8, lines);
        support.run(national, plan, file);
        assertCountsKept(plan);
        assertThat(plans.tasks(plan)).singleElement().satisfies(task -> assertThat(task.sampled()).isEqualTo(2));
        assertThat(plans.list(zhejiang())).extracting(SpotCheckPlans.PlanView::id).contains(plan);
        assertThat(plans.get(zhejiang(), plan).samples()).isEqualTo(3);
        assertThat(plans.list(data.user("jiangsu.admin").actor())).extracting(SpotCheckPlans.PlanView::id).doesNotContain(plan);

        // the same report numbers again, all sampled in Hangzhou now: the samples move region, one fails no longer
        lines.subList(1, 4).replaceAll(row -> List.of(row.get(0), "合格", "/", row.get(3), "杭州市"));
        MessySheets.csv(file, StandardCharsets.UTF_8, lines);
        support.run(national, plan, file);
        assertCountsKept(plan);
        assertThat(plans.tasks(plan)).singleElement().satisfies(task -> assertThat(task.sampled()).isZero());
        assertThat(plans.get(zhejiang(), plan).failed()).isZero();
        assertThat(plans.list(data.user("xihu.admin").actor())).extracting(SpotCheckPlans.PlanView::id)
                .as("Xihu district is in Hangzhou, but no sample was taken in the district").doesNotContain(plan);
    }

    @Test
    void manufacturersAreMatchedByCreditCodeElseByNameInTheRegion() throws Exception {
        var enterprises = jdbc.sql("select id, name, credit_code from organization where type = 'ENTERPRISE' and region_code like '33%' "
                + "and credit_code is not null order by id limit 2").query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2),
                rs.getString(3)}).list();
        long plan = support.plan(zhejiang(), "企业匹配");
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("产品名称", "标称生产企业", "统一社会信用代码", "检验结论", "报告编号", "所属地市"));
        lines.add(List.of("电饭煲", "随便写的名字", (String) enterprises.get(0)[2], "合格", "M-1", "杭州市"));
        lines.add(List.of("电饭煲", " " + enterprises.get(1)[1] + " ", "/", "合格", "M-2", "杭州市"));
        lines.add(List.of("电饭煲", "不存在的企业有限公司", "/", "合格", "M-3", "杭州市"));
        Path file = dir.resolve("match.csv");
        MessySheets.csv(file, StandardCharsets.UTF_8, lines);
        JobView job = support.run(zhejiang(), plan, file);
        List<Long> matched = jdbc.sql("select manufacturer_id from insp_sample where import_job_id = ? order by id").param(job.id())
                .query((rs, n) -> (Long) rs.getObject(1)).list();
        assertThat(matched).containsExactly((Long) enterprises.get(0)[0], (Long) enterprises.get(1)[0], null);
    }
}
