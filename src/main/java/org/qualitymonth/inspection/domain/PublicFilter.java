package org.qualitymonth.inspection.domain;

import org.qualitymonth.campaign.ProductCategory;
import org.qualitymonth.inspection.Conclusion;
import org.qualitymonth.shared.BusinessException;
import org.qualitymonth.shared.RegionCode;

/**
 * What a visitor filters the published results by. Built only through {@link #of}, which refuses anything a
 * query should not see: an unknown category or region, a year out of range, an over-long text.
 */
public record PublicFilter(String category, String region, Conclusion conclusion, Integer year, String institution,
                           String query, Long plan, String creditCode, Enterprise enterprise) {

    /**
     * The known enterprise a credit code belongs to: its history also holds the rows matched to it at import and the
     * rows without a credit code whose normalised manufacturer name is its name within its province ({@code nameKey}
     * null when another enterprise there has the same name).
     */
    public record Enterprise(long id, String name, String nameKey, String provincePrefix) {
    }

    public static final int MAX_QUERY = 100;

    public static PublicFilter of(String category, String region, String conclusion, String year, String institution,
                                  String query) {
        return new PublicFilter(category(category), region(region),
                Conclusion.ofParameter(conclusion, "announcement.conclusion-unknown"), year(year),
                text(institution, "announcement.institution-too-long"), text(query, "announcement.query-too-long"),
                null, null, null);
    }

    public static PublicFilter none() {
        return new PublicFilter(null, null, null, null, null, null, null, null, null);
    }

    /** Only the results of one announced plan. */
    public PublicFilter ofPlan(long planId) {
        return new PublicFilter(category, region, conclusion, year, institution, query, planId, creditCode, enterprise);
    }

    /** Only the results of one manufacturer, by its unified social credit code. */
    public PublicFilter ofManufacturer(String code) {
        if (!CREDIT_CODE.matcher(code).matches()) {
            throw BusinessException.invalid("announcement.credit-code-invalid");
        }
        return new PublicFilter(category, region, conclusion, year, institution, query, plan, code, null);
    }

    /** The same manufacturer filter, widened to the rows matched to this known enterprise. */
    PublicFilter ofEnterprise(Enterprise known) {
        return new PublicFilter(category, region, conclusion, year, institution, query, plan, creditCode, known);
    }

    /** Whether the list's exact total can be summed from the per-plan counts (no text or manufacturer filter). */
    boolean countable() {
        return query == null && creditCode == null;
    }

    private static final java.util.regex.Pattern CREDIT_CODE = java.util.regex.Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");

    /** The region as a code prefix: "33" for a province, "3301" for a city, the full code for a county. */
    String regionPrefix() {
        if (region == null) {
            return null;
        }
        return switch (new RegionCode(region).level()) {
            case PROVINCE -> region.substring(0, 2);
            case CITY -> region.substring(0, 4);
            case COUNTY -> region;
        };
    }

    private static String category(String code) {
        if (blank(code)) {
            return null;
        }
        if (ProductCategory.fromCode(code).isEmpty() && !CategoryNames.OTHER.equals(code)) {
            throw BusinessException.invalid("announcement.category-unknown");
        }
        return code;
    }

    private static String region(String code) {
        if (blank(code)) {
            return null;
        }
        if (!RegionCode.isWellFormed(code)) {
            throw BusinessException.invalid("announcement.region-unknown");
        }
        return code;
    }


    static Integer year(String value) {
        if (blank(value)) {
            return null;
        }
        if (!value.matches("\\d{4}") || Integer.parseInt(value) < 2000 || Integer.parseInt(value) > 2100) {
            throw BusinessException.invalid("announcement.year-invalid");
        }
        return Integer.parseInt(value);
    }

    private static String text(String value, String tooLong) {
        if (blank(value)) {
            return null;
        }
        if (value.length() > MAX_QUERY) {
            throw BusinessException.invalid(tooLong, MAX_QUERY);
        }
        return value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
