package org.qualitymonth.inspection.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.qualitymonth.inspection.Conclusion;
import org.qualitymonth.shared.Batches;
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

    /**
     * One page of results; {@code total} stops counting past {@code cap} ({@link #COUNT_CAP}, or {@link #TEXT_COUNT_CAP}
     * for a text query, whose every counted row is read and matched) so a broad filter stays fast.
     */
    public record Page(List<PublicResult> rows, long total, int page, int size, Map<Long, List<FailedItem>> failedItems,
                       int cap) {
        /** The failed items of a failed result on this page (empty for the others). */
        public List<FailedItem> itemsOf(long resultId) {
            return failedItems.getOrDefault(resultId, List.of());
        }

        public boolean capped() {
            return total > cap;
        }

        public long pages() {
            return Math.min(total, cap) / size + (Math.min(total, cap) % size == 0 ? 0 : 1);
        }
    }

    /** A failed test item as announced: the item, the standard clause, the measured and the required value. */
    public record FailedItem(String item, String clause, String measured, String required) {
        public boolean detailed() {
            return clause != null || measured != null || required != null;
        }
    }

    /** One published result and its failed items. */
    public record Detail(PublicResult result, List<FailedItem> failedItems) {
    }

    public record Announcement(long planId, String title, String level, int year, LocalDate announcedOn, List<String> categories,
                               long authorityId, long samples, long failed, long refused, List<String> institutions) {
    }

    public static final int COUNT_CAP = 10_000;
    public static final int TEXT_COUNT_CAP = 1_000;
    /** Up to how many matches a page collects them all and sorts them, rather than walking the sort's index. */
    static final int MATCHES_FIRST = 50_000;
    public static final int MAX_PAGE = 1_000;
    private static final int EXPORT_CHUNK = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final PublicScope scope;

    Announcements(JdbcClient jdbc, DataSource dataSource, PublicScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1000);
    }

    /**
     * One page of results, its rows picked in the read model before they are joined to the record. The total is exact
     * (summed from the per-plan counts) unless a text or manufacturer filter is set, where counting stops after
     * {@link #COUNT_CAP}. Known first, an exact total chooses how the rows are picked: many matches are found soon by
     * walking the sort's index; up to {@link #MATCHES_FIRST} are collected from the filter indexes and sorted, since a
     * walk would pass every row that does not match whenever the few that do sit far down the sort order.
     */
    public Page page(PublicFilter filter, String sort, int page, int size) {
        return page(filter, sort, page, size, MATCHES_FIRST);
    }

    /** {@link #page} with the number of matches up to which they are collected first; the tests try both ways. */
    Page page(PublicFilter filter, String sort, int page, int size, long matchesFirst) {
        if (page < 0 || page > MAX_PAGE) {
            throw BusinessException.invalid("announcement.page-invalid");
        }
        Long[] plans = scope.visiblePlans(filter);
        PublicResultQuery query = query(filter, plans);
        int cap = filter.query() == null ? COUNT_CAP : TEXT_COUNT_CAP;
        long total;
        if (filter.countable()) {
            PublicResultQuery counts = PublicResultQuery.counts(filter, plans);
            total = jdbc.sql("select coalesce(sum(x.results), 0) from insp_public_count x" + counts.where)
                    .params(counts.params).query(Long.class).single();
        } else {
            total = jdbc.sql("select count(*) from (select 1 from insp_public_result x" + query.where + " limit "
                    + (cap + 1) + ") c").params(query.params).query(Long.class).single();
        }
        String order = PublicResultQuery.orderBy(sort);
        String matches = "select " + PublicResultQuery.keys(sort) + " from insp_public_result x" + query.where;
        String pick = filter.countable() && total <= matchesFirst
                ? "select * from (" + matches + " offset 0) x" + order + " limit ? offset ?" // offset 0: matched, then sorted
                : matches + order + " limit ? offset ?";
        List<PublicResult> rows = jdbc.sql(PublicResultQuery.COLUMNS + " from (" + pick + ") x" + PublicResultQuery.JOIN + order)
                .params(query.params).param(size).param((long) page * size).query(Announcements::map).list();
        return new Page(rows, total, page, size, scope.failedItems(rows), cap);
    }

    /** The filter narrowed to one manufacturer's history (see {@link PublicScope#ofManufacturer}). */
    public PublicFilter ofManufacturer(PublicFilter filter, String creditCode) {
        return scope.ofManufacturer(filter, creditCode);
    }

    /**
     * The statement's conditions. A text query's gram may be in a few rows or in nearly all, and one plan cannot serve
     * both (read the gram index, or walk the sort's index), so such a statement is planned for its own text each time
     * instead of falling back to the prepared statement's generic plan after a few executions.
     */
    private PublicResultQuery query(PublicFilter filter, Long[] plans) {
        if (filter.query() != null) {
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        }
        return PublicResultQuery.results(filter, plans);
    }

    /** Refuses a sort outside the allow-list before a download starts writing. */
    public void checkSort(String sort) {
        PublicResultQuery.SORT.resolve(sort);
    }

    /** How many results match and how many of them failed. */
    public long[] figures(PublicFilter filter) {
        PublicResultQuery query = query(filter, scope.visiblePlans(filter));
        return jdbc.sql("select count(*), count(*) filter (where x.conclusion = 'FAIL') from insp_public_result x"
                        + query.where).params(query.params)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    /**
     * Every matching result with its failed items, from a server-side cursor: exports never hold the list in memory.
     * The failed items are read for {@value #EXPORT_CHUNK} results at a time.
     */
    public void each(PublicFilter filter, String sort, BiConsumer<PublicResult, List<FailedItem>> sink) {
        PublicResultQuery query = query(filter, scope.visiblePlans(filter));
        String order = PublicResultQuery.orderBy(sort);
        int[] row = {0};
        Batches<PublicResult> chunks = new Batches<>(EXPORT_CHUNK, chunk -> {
            Map<Long, List<FailedItem>> items = scope.failedItems(chunk);
            chunk.forEach(r -> sink.accept(r, items.getOrDefault(r.resultId(), List.of())));
        });
        streaming.query(PublicResultQuery.COLUMNS + " from insp_public_result x" + PublicResultQuery.JOIN + query.where
                + order, rs -> {
            chunks.accept(map(rs, row[0]++));
        }, query.params.toArray());
        chunks.flush();
    }

    /** One published result with its failed items (measured against required value and the standard clause). */
    public Detail result(long resultId) {
        PublicResult result = jdbc.sql(PublicResultQuery.COLUMNS + " from insp_public_result x" + PublicResultQuery.JOIN
                        + " where x.result_id = ? and p.announced_on <= current_date").param(resultId)
                .query(Announcements::map).optional()
                .orElseThrow(() -> BusinessException.notFound("announcement.result-not-found"));
        return new Detail(result, scope.failedItems(List.of(result)).getOrDefault(resultId, List.of()));
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
        return jdbc.sql("select distinct p.year" + WRITTEN + " where p.announced_on <= current_date order by 1 desc")
                .query(Integer.class).list();
    }

    /** Distinct testing institutions of published results, from the per-plan counts. */
    public List<String> institutions() {
        return jdbc.sql("""
                select distinct x.institution from insp_public_count x join insp_plan p on p.id = x.plan_id
                where p.announced_on <= current_date and x.institution is not null order by 1 limit 200""")
                .query(String.class).list();
    }

    /** Plans whose rows are in the public read model as of their announcement date: a plan being written is not public yet. */
    private static final String WRITTEN = " from insp_plan p join insp_public_plan w on w.plan_id = p.id and w.announced_on = p.announced_on";
    private static final String PLAN = "select p.id, p.title, p.level, p.year, p.announced_on, p.categories, p.authority_id" + WRITTEN;

    private record PlanFigures(long samples, long failed, long refused, List<String> institutions) {
    }

    /** A plan's counts and institutions, summed from its per-plan counts (a few hundred rows at most). */
    private PlanFigures figures(long planId) {
        return jdbc.sql("""
                        select coalesce(sum(results), 0), coalesce(sum(results) filter (where conclusion = 'FAIL'), 0),
                               coalesce(sum(results) filter (where conclusion = 'REFUSED'), 0),
                               array(select t.institution from insp_task t where t.plan_id = ?
                                     union select c.institution from insp_public_count c
                                     where c.plan_id = ? and c.institution is not null order by 1)
                        from insp_public_count where plan_id = ?""")
                .params(planId, planId, planId).query((rs, n) -> new PlanFigures(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        List.of((String[]) rs.getArray(4).getArray()))).single();
    }

    private Announcement toAnnouncement(ResultSet rs, int n) throws SQLException {
        PlanFigures figures = figures(rs.getLong("id"));
        return new Announcement(rs.getLong("id"), rs.getString("title"), rs.getString("level"), rs.getInt("year"),
                rs.getObject("announced_on", LocalDate.class), List.of((String[]) rs.getArray("categories").getArray()),
                rs.getLong("authority_id"), figures.samples(), figures.failed(), figures.refused(), figures.institutions());
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
