package org.qualitymonth.inspection.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qualitymonth.shared.SortSpec;
import org.springframework.data.domain.Sort;

/**
 * The one place that turns a {@link PublicFilter} into SQL over the public read model ({@code insp_public_result x},
 * V10_80). The text query is a case-insensitive substring match over product, manufacturer and model (answered from
 * the two-character gram index when it has two characters or more) or an exact credit code.
 */
final class PublicResultQuery {

    /** Public sort names (also the CSV/JSON field names) to columns of the read model. */
    static final SortSpec SORT = new SortSpec(Map.of("samplingDate", "x.sampling_date", "announcedOn", "x.announced_on",
            "productName", "x.product_name", "manufacturerName", "x.manufacturer_name", "conclusion", "x.conclusion"),
            Sort.by("x.sampling_date").descending());

    /** The canonical columns of a result, read from the record itself for the rows the read model picked. */
    static final String COLUMNS = """
            select r.id, s.plan_id, p.title plan_title, p.year, p.announced_on, s.category, s.product_name, s.brand, s.model,
                   s.batch, s.manufacturer_name, s.manufacturer_credit_code, s.business_name, s.region_code, s.sampling_date,
                   r.conclusion, r.institution, r.report_no, r.failed_items""";

    static final String JOIN = " join insp_result r on r.id = x.result_id join insp_sample s on s.id = x.sample_id"
            + " join insp_plan p on p.id = x.plan_id";

    private static final String TEXT = "insp_bigrams(lower(x.product_name || chr(1) || coalesce(x.manufacturer_name, '')"
            + " || chr(1) || coalesce(x.model, ''))) @> insp_bigrams(lower(?))";

    /** Conditions over {@code insp_public_result x}, starting with " where". */
    final String where;
    final List<Object> params;

    private PublicResultQuery(StringBuilder where, List<Object> params) {
        this.where = where.toString();
        this.params = params;
    }

    /** @param plans the published plans the filter may see, or null when every written plan is visible */
    static PublicResultQuery results(PublicFilter filter, Long[] plans) {
        StringBuilder sql = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        structured(sql, params, filter, plans);
        manufacturer(sql, params, filter);
        if (filter.query() != null) {
            text(sql, params, filter.query());
        }
        return new PublicResultQuery(sql, params);
    }

    /** The structured filters alone, over the per-plan counts {@code insp_public_count x} (same column names). */
    static PublicResultQuery counts(PublicFilter filter, Long[] plans) {
        StringBuilder sql = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        structured(sql, params, filter, plans);
        return new PublicResultQuery(sql, params);
    }

    /**
     * Product, manufacturer or model containing the text; the gram index narrows the rows first when the text has two
     * characters or more. Only a text shaped like a credit code may also be one, and only then is the (costlier) OR
     * with the credit code added, so an ordinary query is checked against its candidates by ilike alone.
     */
    private static void text(StringBuilder sql, List<Object> params, String query) {
        String like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        boolean code = CODE_SHAPED.matcher(query.toUpperCase(java.util.Locale.ROOT)).matches();
        sql.append(code ? " and ((" : " and (");
        if (query.length() >= 2) {
            sql.append(TEXT).append(" and ");
            params.add(query);
        }
        sql.append("(x.product_name ilike ? or x.manufacturer_name ilike ? or x.model ilike ?))");
        params.addAll(List.of(like, like, like));
        if (code) {
            sql.append(" or x.manufacturer_credit_code = upper(?))");
            params.add(query);
        }
    }

    private static final java.util.regex.Pattern CODE_SHAPED = java.util.regex.Pattern.compile("[0-9A-Z]{18}");

    private static void structured(StringBuilder sql, List<Object> params, PublicFilter filter, Long[] plans) {
        add(sql, params, " and x.plan_id = any(?)", plans);
        add(sql, params, " and x.category = ?", filter.category());
        if (filter.regionPrefix() != null) {
            add(sql, params, " and x.region_code like ?", filter.regionPrefix() + "%");
        }
        add(sql, params, " and x.conclusion = ?", filter.conclusion() == null ? null : filter.conclusion().name());
        add(sql, params, " and x.institution = ?", filter.institution());
    }

    private static void manufacturer(StringBuilder sql, List<Object> params, PublicFilter filter) {
        PublicFilter.Enterprise known = filter.enterprise();
        if (known == null) {
            add(sql, params, " and x.manufacturer_credit_code = ?", filter.creditCode());
            return;
        }
        sql.append(" and (x.manufacturer_credit_code = ? or x.manufacturer_id = ?");
        params.addAll(List.of(filter.creditCode(), known.id()));
        if (known.nameKey() != null) {
            sql.append(" or (x.manufacturer_id is null and x.manufacturer_credit_code is null and x.manufacturer_key = ?"
                    + " and x.region_code like ?)");
            params.addAll(List.of(known.nameKey(), known.provincePrefix() + "%"));
        }
        sql.append(')');
    }

    /**
     * What a page's rows are picked by: the keys and the sort's column, nothing more, so that a filter index carrying
     * them (V10_82) sorts the matches without reading the table.
     */
    static String keys(String sort) {
        String column = SORT.resolve(sort).iterator().next().getProperty();
        return "x.result_id, x.sample_id, x.plan_id, " + column;
    }

    /** The ordering clause of an allow-listed sort; ties by sample, so each sort's index serves it. */
    static String orderBy(String sort) {
        Sort.Order order = SORT.resolve(sort).iterator().next();
        return " order by " + order.getProperty() + (order.isDescending() ? " desc nulls last" : " asc nulls last")
                + ", x.sample_id desc";
    }

    private static void add(StringBuilder sql, List<Object> params, String condition, Object value) {
        if (value != null) {
            sql.append(condition);
            params.add(value);
        }
    }
}
