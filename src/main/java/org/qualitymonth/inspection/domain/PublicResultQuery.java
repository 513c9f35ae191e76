package org.qualitymonth.inspection.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qualitymonth.shared.SortSpec;
import org.springframework.data.domain.Sort;

/**
 * The one place that turns a {@link PublicFilter} into SQL over published results. The text query is a plain
 * case-insensitive substring match over product, manufacturer, model and credit code for now; Chinese full-text
 * search replaces this class alone.
 */
final class PublicResultQuery {

    /** Public sort names (also the CSV/JSON field names) to columns. */
    static final SortSpec SORT = new SortSpec(Map.of("samplingDate", "s.sampling_date", "announcedOn", "p.announced_on",
            "productName", "s.product_name", "manufacturerName", "s.manufacturer_name", "conclusion", "r.conclusion"),
            Sort.by("s.sampling_date").descending());

    static final String FROM = """
             from insp_result r join insp_sample s on s.id = r.sample_id join insp_plan p on p.id = s.plan_id
            where p.announced_on <= current_date""";

    static final String COLUMNS = """
            select r.id, s.plan_id, p.title plan_title, p.year, p.announced_on, s.category, s.product_name, s.brand, s.model,
                   s.batch, s.manufacturer_name, s.manufacturer_credit_code, s.business_name, s.region_code, s.sampling_date,
                   r.conclusion, r.institution, r.report_no, r.failed_items""";

    final String where;
    final List<Object> params = new ArrayList<>();

    PublicResultQuery(PublicFilter filter) {
        StringBuilder sql = new StringBuilder(FROM);
        add(sql, " and s.category = ?", filter.category());
        if (filter.regionPrefix() != null) {
            add(sql, " and s.region_code like ?", filter.regionPrefix() + "%");
        }
        add(sql, " and r.conclusion = ?", filter.conclusion() == null ? null : filter.conclusion().name());
        add(sql, " and p.year = ?", filter.year());
        add(sql, " and r.institution = ?", filter.institution());
        add(sql, " and s.plan_id = ?", filter.plan());
        add(sql, " and s.manufacturer_credit_code = ?", filter.creditCode());
        if (filter.query() != null) {
            String like = "%" + filter.query().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            sql.append(" and (s.product_name ilike ? or s.manufacturer_name ilike ? or s.model ilike ?"
                    + " or s.manufacturer_credit_code = upper(?))");
            params.addAll(List.of(like, like, like, filter.query()));
        }
        where = sql.toString();
    }

    /** The ordering clause of an allow-listed sort; ties by sample, so the date indexes serve the default order. */
    static String orderBy(String sort) {
        Sort.Order order = SORT.resolve(sort).iterator().next();
        return " order by " + order.getProperty() + (order.isDescending() ? " desc nulls last" : " asc nulls last")
                + ", s.id desc";
    }

    private void add(StringBuilder sql, String condition, Object value) {
        if (value != null) {
            sql.append(condition);
            params.add(value);
        }
    }
}
