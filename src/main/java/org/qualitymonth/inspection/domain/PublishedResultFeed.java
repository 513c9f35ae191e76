package org.qualitymonth.inspection.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.function.Consumer;
import org.qualitymonth.inspection.Conclusion;
import org.qualitymonth.inspection.PublishedResult;
import org.qualitymonth.inspection.PublishedResults;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Streams announced results with a server-side cursor (a fetch size inside a read-only transaction), so reading
 * millions of rows holds one fetch of them in memory.
 */
@Service
@Transactional(readOnly = true)
class PublishedResultFeed implements PublishedResults {

    private static final int FETCH = 1000;
    private static final String SELECT = """
            select r.id, s.plan_id, p.title, p.year, p.announced_on, s.category, s.category_name, s.product_name, s.brand,
                   s.model, s.manufacturer_name, s.manufacturer_credit_code, s.region_code, s.sampling_date, r.conclusion,
                   r.institution, r.report_no, r.failed_items
            from insp_result r join insp_sample s on s.id = r.sample_id join insp_plan p on p.id = s.plan_id
            where p.announced_on is not null""";

    private final JdbcClient jdbc;

    PublishedResultFeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void forEach(Consumer<PublishedResult> action) {
        jdbc.sql(SELECT + " order by r.id").withFetchSize(FETCH).query(rs -> {
            action.accept(map(rs));
        });
    }

    @Override
    public void forEachOfPlan(long planId, Consumer<PublishedResult> action) {
        jdbc.sql(SELECT + " and s.plan_id = ? order by r.id").param(planId).withFetchSize(FETCH).query(rs -> {
            action.accept(map(rs));
        });
    }

    @Override
    public void forEachOf(Collection<Long> resultIds, Consumer<PublishedResult> action) {
        if (resultIds.isEmpty()) {
            return;
        }
        jdbc.sql(SELECT + " and r.id = any(?::bigint[]) order by r.id").param(resultIds.toArray(Long[]::new))
                .withFetchSize(FETCH).query(rs -> {
                    action.accept(map(rs));
                });
    }

    @Override
    public void forEachOfImport(long jobId, Consumer<PublishedResult> action) {
        jdbc.sql(SELECT + " and s.import_job_id = ? order by r.id").param(jobId).withFetchSize(FETCH).query(rs -> {
            action.accept(map(rs));
        });
    }

    @Override
    public void forEachIdOfPlan(long planId, Consumer<Long> action) {
        jdbc.sql("select r.id from insp_result r join insp_sample s on s.id = r.sample_id where s.plan_id = ?")
                .param(planId).withFetchSize(FETCH).query(rs -> {
                    action.accept(rs.getLong(1));
                });
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from insp_result r join insp_sample s on s.id = r.sample_id "
                + "join insp_plan p on p.id = s.plan_id where p.announced_on is not null").query(Long.class).single();
    }

    private static PublishedResult map(ResultSet rs) throws SQLException {
        return new PublishedResult(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                rs.getObject(5, java.time.LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                rs.getObject(14, java.time.LocalDate.class), Conclusion.valueOf(rs.getString(15)), rs.getString(16),
                rs.getString(17), rs.getString(18));
    }
}
