package org.qualitymonth.search.domain;

import java.util.regex.Pattern;
import org.qualitymonth.campaign.ProductCategory;
import org.qualitymonth.inspection.Conclusion;
import org.qualitymonth.shared.BusinessException;

/**
 * What a visitor searches for: the text and the facet values chosen. Built only through {@link #of}, which refuses
 * an over-long text and any facet or page value the index cannot hold, with a localized reason.
 */
public record SearchRequest(String text, String category, String province, Conclusion conclusion, Integer year,
                            int page) {

    public static final int MAX_TEXT = 100;
    public static final int PAGE_SIZE = 20;
    /** Deep pages cost the index more than they serve anyone; 500 pages of 20 is where paging stops. */
    public static final int MAX_PAGES = 500;
    /** The 34 provincial-level divisions (GB/T 2260), as the province facet holds them. */
    private static final java.util.Set<String> PROVINCES = java.util.Set.of("11", "12", "13", "14", "15", "21", "22", "23",
            "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61",
            "62", "63", "64", "65", "71", "81", "82");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}");

    public static SearchRequest of(String text, String category, String province, String conclusion, String year,
                                   String page) {
        String q = text == null ? "" : text.strip();
        if (q.length() > MAX_TEXT) {
            throw BusinessException.invalid("search.too-long", MAX_TEXT);
        }
        return new SearchRequest(q, category(category), province(province),
                Conclusion.ofParameter(conclusion, "search.conclusion-unknown"), year(year),
                page(page));
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    /** Whether anything was asked: a text or a facet value. */
    public boolean asked() {
        return hasText() || category != null || province != null || conclusion != null || year != null;
    }

    private static String category(String code) {
        if (blank(code)) {
            return null;
        }
        if (ProductCategory.fromCode(code).isEmpty() && !"OTHER".equals(code)) {
            throw BusinessException.invalid("search.category-unknown");
        }
        return code;
    }

    private static String province(String code) {
        if (blank(code)) {
            return null;
        }
        if (code.length() != 6 || !code.endsWith("0000") || !PROVINCES.contains(code.substring(0, 2))) {
            throw BusinessException.invalid("search.province-unknown");
        }
        return code;
    }


    private static Integer year(String value) {
        if (blank(value)) {
            return null;
        }
        int year = NUMBER.matcher(value).matches() ? Integer.parseInt(value) : 0;
        if (year < 2000 || year > 2100) {
            throw BusinessException.invalid("search.year-invalid");
        }
        return year;
    }

    private static int page(String value) {
        if (blank(value)) {
            return 0;
        }
        int page = NUMBER.matcher(value).matches() ? Integer.parseInt(value) : -1;
        if (page < 0 || page >= MAX_PAGES) {
            throw BusinessException.invalid("search.page-invalid", MAX_PAGES);
        }
        return page;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
