package org.qualitymonth.disposal.domain;

import java.util.List;
import java.util.Random;
import org.qualitymonth.inspection.InspectionQueries;
import org.qualitymonth.platform.DemoDataContributor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo disposal tasks: opened for the demo's failed results through {@link DisposalTasks#open} (the events
 * the inspection demo published find them already there), about half closed with measures and evidence,
 * the rest open, many of them overdue.
 */
@Component
class DisposalDemoData implements DemoDataContributor {

    private static final List<String[]> CLOSURES = List.of(
            new String[] {"STOP_SALE,RECTIFICATION", "已责令经销单位下架同批次产品，生产企业提交整改报告并完成原因分析。"},
            new String[] {"RECTIFICATION,RECHECK", "企业已完成工艺整改，跟踪抽样复查合格，复查报告已归档。"},
            new String[] {"STOP_SALE,CASE_TRANSFER", "已立案调查，没收违法所得并处罚款，案件材料已归档。"});

    private final InspectionQueries inspections;
    private final DisposalTasks tasks;
    private final JdbcClient jdbc;

    DisposalDemoData(InspectionQueries inspections, DisposalTasks tasks, JdbcClient jdbc) {
        this.inspections = inspections;
        this.tasks = tasks;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 55;
    }

    @Override
    public void seed(long seed, int scale) {
        Random random = new Random(seed + 11);
        tasks.open(inspections.failedResults(2026));
        List<long[]> open = jdbc.sql("select id, extract(epoch from opened_on)::bigint / 86400 from disposal_task order by id")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        for (long[] task : open) {
            if (random.nextInt(100) < 55) {
                String[] closure = CLOSURES.get(random.nextInt(CLOSURES.size()));
                jdbc.sql("""
                                update disposal_task set status = 'CLOSED', measures = string_to_array(?, ',')::varchar[],
                                    evidence = ?, closed_on = least(opened_on + ?, date '2026-11-30'), closed_by = 'admin'
                                where id = ?""")
                        .params(closure[0], closure[1], 10 + random.nextInt(25), task[0]).update();
            }
        }
    }
}
