package org.qualitymonth.inspection.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.qualitymonth.inspection.Conclusion;
import org.qualitymonth.inspection.FailedResultRecorded;
import org.qualitymonth.inspection.InspectionQueries;
import org.qualitymonth.inspection.domain.Lifecycle.Stage;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.shared.BusinessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of samples and results within the actor's scope, a page at a time. */
@Service
@Transactional(readOnly = true)
public class Results implements InspectionQueries {

    public record ResultRow(long resultId, long planId, String productName, String brand, String model, String batch,
                            String manufacturerName, String manufacturerCreditCode, Long manufacturerId, String businessName,
                            LocalDate samplingDate, String regionCode, String category, Conclusion conclusion,
                            String institution, String reportNo, String failedItems, Stage stage, LocalDate stageDeadline,
                            String remarks) {
    }

    public record StepView(String step, String stageAfter, LocalDate happenedOn, LocalDate deadline, String conclusion,
                           String institution, String reportNo, String note, String actor) {
    }

    public record Detail(ResultRow result, List<SampleRow.FailedItem> items, List<StepView> steps) {
    }

    private static final String SELECT = """
            select r.id, s.plan_id, s.product_name, s.brand, s.model, s.batch, s.manufacturer_name, s.manufacturer_credit_code,
                   s.manufacturer_id, s.business_name, s.sampling_date, s.region_code, s.category, r.conclusion, r.institution,
                   r.report_no, r.failed_items, r.stage, r.stage_deadline, r.remarks
            from insp_result r join insp_sample s on s.id = r.sample_id join insp_plan p on p.id = s.plan_id
            """;

    private final JdbcClient jdbc;

    Results(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page of a plan's results within scope, optionally only one conclusion, by region in the order they were
     * stored. The order is the one of {@code insp_sample_plan_region} (its region column compares as text, {@code ~<~},
     * which for region codes is their numeric order), so a page is read from the index, not sorted out of the plan.
     */
    public List<ResultRow> ofPlan(Actor actor, long planId, Conclusion only, int page, int size) {
        return jdbc.sql(SELECT + "where s.plan_id = ? and " + Scope.SAMPLE_VISIBLE
                        + " and (cast(? as varchar) is null or r.conclusion = ?)"
                        + " order by s.region_code using ~<~, s.id limit ? offset ?")
                .params(planId, Scope.path(actor), Scope.region(actor), only == null ? null : only.name(),
                        only == null ? null : only.name(), size, (long) page * size)
                .query(Results::map).list();
    }

    public Detail get(Actor actor, long resultId) {
        ResultRow row = jdbc.sql(SELECT + "where r.id = ? and " + Scope.SAMPLE_VISIBLE)
                .params(resultId, Scope.path(actor), Scope.region(actor)).query(Results::map).optional()
                .orElseThrow(() -> BusinessException.notFound("inspection.not-found"));
        List<SampleRow.FailedItem> items = jdbc.sql("select item, clause, measured, required from insp_failed_item "
                        + "where result_id = ? order by position").param(resultId)
                .query((rs, n) -> new SampleRow.FailedItem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        List<StepView> steps = jdbc.sql("select step, stage_after, happened_on, deadline, conclusion, institution, report_no, "
                        + "note, actor from insp_lifecycle_step where result_id = ? order by id").param(resultId)
                .query((rs, n) -> new StepView(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9))).list();
        return new Detail(row, items, steps);
    }

    private static final String FAILED = """
            select r.id, s.plan_id, s.product_name, s.manufacturer_name, s.manufacturer_region, s.business_name,
                   s.business_region, r.recorded_on
            from insp_result r join insp_sample s on s.id = r.sample_id""";

    @Override
    public List<FailedResultRecorded> failedResults(int year) {
        return jdbc.sql(FAILED + " join insp_plan p on p.id = s.plan_id where r.conclusion = 'FAIL' and p.year = ? order by r.id")
                .param(year).query(Results::failed).list();
    }

    @Override
    public void forEachFailedOfImport(long jobId, Consumer<FailedResultRecorded> action) {
        jdbc.sql(FAILED + " where s.import_job_id = ? and r.conclusion = 'FAIL' order by r.id").param(jobId)
                .withFetchSize(1000).query(rs -> {
                    action.accept(failed(rs, 0));
                });
    }

    private static FailedResultRecorded failed(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new FailedResultRecorded(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class));
    }

    private static ResultRow map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String stage = rs.getString("stage");
        return new ResultRow(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("product_name"), rs.getString("brand"),
                rs.getString("model"), rs.getString("batch"), rs.getString("manufacturer_name"),
                rs.getString("manufacturer_credit_code"), (Long) rs.getObject("manufacturer_id"), rs.getString("business_name"),
                rs.getObject("sampling_date", LocalDate.class), rs.getString("region_code"), rs.getString("category"),
                Conclusion.valueOf(rs.getString("conclusion")), rs.getString("institution"), rs.getString("report_no"),
                rs.getString("failed_items"), stage == null ? null : Stage.valueOf(stage),
                rs.getObject("stage_deadline", LocalDate.class), rs.getString("remarks"));
    }
}
