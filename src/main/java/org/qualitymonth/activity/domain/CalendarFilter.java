package org.qualitymonth.activity.domain;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qualitymonth.activity.ActivityType;

/**
 * What a visitor narrows the calendar to: type, focus area, province and search words; any may be absent.
 * Builds the SQL condition with only the parts present, so every query gets a plan that fits it (a
 * catch-all "(:x = '' or ...)" condition would keep PostgreSQL from using the search index).
 */
public record CalendarFilter(ActivityType type, Integer focusArea, String provinceCode, String query) {

    private static final int MAX_TERMS = 5;
    private static final int MAX_TERM_LENGTH = 40;

    /** Search words: split on spaces, at most five, each at most 40 characters. */
    public List<String> terms() {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return Arrays.stream(query.strip().split("[\\s　]+")).filter(t -> !t.isBlank())
                .map(t -> t.length() > MAX_TERM_LENGTH ? t.substring(0, MAX_TERM_LENGTH) : t).distinct().limit(MAX_TERMS).toList();
    }

    public boolean searching() {
        return !terms().isEmpty();
    }

    /** The same filter without its search words. */
    public CalendarFilter withoutQuery() {
        return new CalendarFilter(type, focusArea, provinceCode, null);
    }

    /** The condition on activity {@code a} and its parameters; the province part is left out for the map. */
    Condition condition(boolean withProvince) {
        StringBuilder sql = new StringBuilder("a.published");
        Map<String, Object> params = new LinkedHashMap<>();
        if (type != null) {
            sql.append(" and a.type = :type");
            params.put("type", type.name());
        }
        if (focusArea != null) {
            sql.append(" and a.focus_area = :focus");
            params.put("focus", focusArea);
        }
        if (withProvince && provinceCode != null) {
            sql.append(" and a.region_code like :prefix");
            params.put("prefix", provinceCode.substring(0, 2) + "%");
        }
        List<String> terms = terms();
        for (int i = 0; i < terms.size(); i++) {
            // the index finds candidates by their character pairs; the pattern keeps those holding the word itself
            sql.append(" and a.search_grams @> activity_query_grams(:term").append(i).append(") and ")
                    .append(HAYSTACK).append(" ilike :like").append(i);
            params.put("term" + i, terms.get(i));
            params.put("like" + i, like(terms.get(i)));
        }
        return new Condition(sql.toString(), params);
    }

    /** Relevance: a word in the title counts most, then organiser, place and region, then the rest. */
    String rank() {
        StringBuilder sql = new StringBuilder("0");
        for (int i = 0; i < terms().size(); i++) {
            sql.append(" + case when a.title ilike :like").append(i).append(" then 4 when (a.search_names || ' ' || a.address) ilike :like")
                    .append(i).append(" then 2 else 1 end");
        }
        return sql.toString();
    }

    private static final String HAYSTACK =
            "(a.title || ' ' || a.search_names || ' ' || a.address || ' ' || coalesce(a.co_organisers, '') || ' ' || a.description)";

    private static String like(String term) {
        return "%" + term.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    record Condition(String sql, Map<String, Object> params) {
    }
}
