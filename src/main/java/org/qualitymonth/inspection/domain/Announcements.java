package org.qualitymonth.inspection.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.qualitymonth.inspection.Conclusion;
import org.qualitymonth.shared.BusinessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published spot-check results for the public site (INSP-4): a plan's results are public from its announcement
 * date on. Lists, exports and the feed all read the same canonical {@link PublicResult}.
 */
@Service
@Transactional(readOnly = true)
public class Announcements {

    /** The canonical public fields of one result, in export order. */
    public record PublicResult(long resultId, long planId, String planTitle, int year, LocalDate announcedOn, String category,
                               String productName, String brand, String model, String batch, String manufacturerName,
                               String manufacturerCreditCode, String businessName, String regionCode, LocalDate samplingDate,
                               Conclusion conclusion, String institution, String reportNo, String failedItems) {
    }

    /** One page of results; {@code total} stops counting at {@link #COUNT_CAP} so a broad filter stays fast. */
    public record Page(List<PublicResult> rows, long total, int page, int size) {
        public boolean capped() {
            return total > COUNT_CAP;
        }

        public long pages() {
            return Math.min(total, COUNT_CAP) / size + (Math.min(total, COUNT_CAP) % size == 0 ? 0 : 1);
        }
    }

    public record Announcement(long planId, String title, String level, int year, LocalDate announcedOn, List<String> categories,
                               long authorityId, long samples, long failed, long refused, List<String> institutions) {
    }

    public static final int COUNT_CAP = 10_000;
    public static final int MAX_PAGE = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final PublicFigureCache<Long, PlanFigures> planFigures = new PublicFigureCache<>(java.time.Duration.ofMinutes(5));

    Announcements(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1000);
    }

    public Page page(PublicFilter filter, String sort, int page, int size) {
        if (page < 0 || page > MAX_PAGE) {
            throw BusinessException.invalid("announcement.page-invalid");
        }
        PublicResultQuery query = new PublicResultQuery(filter);
        String order = PublicResultQuery.orderBy(sort);
        List<PublicResult> rows = jdbc.sql(PublicResultQuery.COLUMNS + query.where + order + " limit ? offset ?")
                .params(query.params).param(size).param((long) page * size).query(Announcements::map).list();
        long total = jdbc.sql("select count(*) from (select 1" + query.where + " limit " + (COUNT_CAP + 1) + ") c")
                .params(query.params).query(Long.class).single();
        return new Page(rows, total, page, size);
    }

    /** Refuses a sort outside the allow-list before a download starts writing. */
    public void checkSort(String sort) {
        PublicResultQuery.SORT.resolve(sort);
    }

    /** How many results match and how many of them failed. */
    public long[] figures(PublicFilter filter) {
        PublicResultQuery query = new PublicResultQuery(filter);
        return jdbc.sql("select count(*), count(*) filter (where r.conclusion = 'FAIL')" + query.where).params(query.params)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    /** Every matching result, one at a time from a server-side cursor: exports never hold the list in memory. */
    public void each(PublicFilter filter, String sort, Consumer<PublicResult> sink) {
        PublicResultQuery query = new PublicResultQuery(filter);
        String order = PublicResultQuery.orderBy(sort);
        int[] row = {0};
        streaming.query(PublicResultQuery.COLUMNS + query.where + order, rs -> {
            sink.accept(map(rs, row[0]++));
        }, query.params.toArray());
    }

    /** The published announcements, newest first. */
    public List<Announcement> latest(String category, int limit) {
        return jdbc.sql(PLAN + " where p.announced_on <= current_date and (cast(? as varchar) is null or ? = any(p.categories))"
                        + " order by p.announced_on desc, p.id desc limit ?")
                .params(category, category, limit).query(this::toAnnouncement).list();
    }

    public Announcement announcement(long planId) {
        return jdbc.sql(PLAN + " where p.id = ? and p.announced_on <= current_date").param(planId)
                .query(this::toAnnouncement).optional()
                .orElseThrow(() -> BusinessException.notFound("announcement.not-found"));
    }

    public List<Integer> years() {
        return jdbc.sql("select distinct year from insp_plan where announced_on <= current_date order by year desc")
                .query(Integer.class).list();
    }

    /** Distinct testing institutions by skipping through their index: cheap at millions of results. */
    public List<String> institutions() {
        return jdbc.sql("""
                with recursive t(i) as (
                    select min(institution) from insp_result
                    union all
                    select (select min(institution) from insp_result where institution > t.i) from t where t.i is not null)
                select i from t where i is not null limit 200""").query(String.class).list();
    }

    private static final String PLAN = "select p.id, p.title, p.level, p.year, p.announced_on, p.categories, p.authority_id"
            + " from insp_plan p";

    private record PlanFigures(long samples, long failed, long refused, List<String> institutions) {
    }

    /** A plan's counts and institutions: one scan of its results, kept for a few minutes. */
    private PlanFigures figures(long planId) {
        return planFigures.get(planId, () -> jdbc.sql("""
                        select count(*), count(*) filter (where r.conclusion = 'FAIL'), count(*) filter (where r.conclusion = 'REFUSED'),
                               array(select distinct t.institution from insp_task t where t.plan_id = ?
                                     union select distinct r2.institution from insp_sample s2 join insp_result r2 on r2.sample_id = s2.id
                                     where s2.plan_id = ? and r2.institution is not null)
                        from insp_sample s join insp_result r on r.sample_id = s.id where s.plan_id = ?""")
                .params(planId, planId, planId).query((rs, n) -> new PlanFigures(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        List.of((String[]) rs.getArray(4).getArray()))).single());
    }

    private Announcement toAnnouncement(ResultSet rs, int n) throws SQLException {
        PlanFigures figures = figures(rs.getLong("id"));
        return new Announcement(rs.getLong("id"), rs.getString("title"), rs.getString("level"), rs.getInt("year"),
                rs.getObject("announced_on", LocalDate.class), List.of((String[]) rs.getArray("categories").getArray()),
                rs.getLong("authority_id"), figures.samples(), figures.failed(), figures.refused(), figures.institutions());
    }

    /** Forgets cached plan figures, when a plan is (re)announced. */
    void forget() {
        planFigures.clear();
    }

    static PublicResult map(ResultSet rs, int n) throws SQLException {
        return new PublicResult(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("plan_title"), rs.getInt("year"),
                rs.getObject("announced_on", LocalDate.class), rs.getString("category"), rs.getString("product_name"),
                rs.getString("brand"), rs.getString("model"), rs.getString("batch"), rs.getString("manufacturer_name"),
                rs.getString("manufacturer_credit_code"), rs.getString("business_name"), rs.getString("region_code"),
                rs.getObject("sampling_date", LocalDate.class), Conclusion.valueOf(rs.getString("conclusion")),
                rs.getString("institution"), rs.getString("report_no"), rs.getString("failed_items"));
    }
}
