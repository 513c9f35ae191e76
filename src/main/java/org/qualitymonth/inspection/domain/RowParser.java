package org.qualitymonth.inspection.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.qualitymonth.inspection.Conclusion;
import org.qualitymonth.shared.CreditCode;

/**
 * Turns one data row into a canonical {@link SampleRow} under a confirmed mapping, or says why it cannot:
 * every refusal is a {@link RowError} with a message code, so the error report names the reason exactly.
 */
final class RowParser {

    /** Why a row was refused: {@code error.<code>} in the bundles, with one argument (the offending value or column). */
    record RowError(String code, String argument) {
    }

    /** The row, or the reason it was refused. */
    record Parsed(SampleRow row, RowError error) {
    }

    /** What a row is read against: the plan's categories and region, and name lookups. */
    record Context(Set<String> planCategories, String planRegion, Map<String, String> categoryCodes,
                   Map<String, String> regionCodes) {
    }

    private static final Map<Column, Integer> LIMITS = new EnumMap<>(Map.ofEntries(
            Map.entry(Column.PRODUCT, 200), Map.entry(Column.BRAND, 100), Map.entry(Column.MODEL, 200),
            Map.entry(Column.BATCH, 200), Map.entry(Column.MANUFACTURER, 200), Map.entry(Column.MANUFACTURER_ADDRESS, 300),
            Map.entry(Column.BUSINESS, 200), Map.entry(Column.SAMPLING_PLACE, 300), Map.entry(Column.INSTITUTION, 200),
            Map.entry(Column.RETEST_INSTITUTION, 200), Map.entry(Column.REPORT_NO, 100), Map.entry(Column.REMARKS, 2000),
            Map.entry(Column.FAILED_ITEMS, 4000), Map.entry(Column.CATEGORY, 60)));

    private static final Pattern NOT_DIGIT = Pattern.compile("[^-0-9]");
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private static final Pattern REGION_SUFFIX = Pattern.compile("(省|市|区|县|自治州|地区|盟)$");

    private final Map<Integer, Column> mapping;
    private final Context context;
    private final Map<String, Optional<String>> regions = new HashMap<>();

    RowParser(Map<Integer, Column> mapping, Context context) {
        this.mapping = mapping;
        this.context = context;
    }

    Parsed parse(List<String> cells) {
        Map<Column, String> v = new EnumMap<>(Column.class);
        mapping.forEach((index, column) -> {
            String value = index < cells.size() ? CellText.value(cells.get(index)) : null;
            if (value != null) {
                v.put(column, value);
            }
        });
        for (Map.Entry<Column, String> e : v.entrySet()) {
            if (e.getValue().length() > LIMITS.getOrDefault(e.getKey(), 100)) {
                return refuse("inspection.row.too-long", e.getKey().name());
            }
        }
        if (v.get(Column.PRODUCT) == null) {
            return refuse("inspection.row.product-missing", null);
        }
        Conclusion conclusion = conclusion(v.get(Column.CONCLUSION), v.get(Column.REMARKS));
        if (conclusion == null) {
            return refuse("inspection.row.conclusion-invalid", v.get(Column.CONCLUSION));
        }
        return withConclusion(v, conclusion);
    }

    private Parsed withConclusion(Map<Column, String> v, Conclusion conclusion) {
        LocalDate sampled = null;
        if (v.get(Column.SAMPLING_DATE) != null) {
            sampled = DateCell.parse(v.get(Column.SAMPLING_DATE));
            if (sampled == null) {
                return refuse("inspection.row.date-invalid", v.get(Column.SAMPLING_DATE));
            }
        }
        Integer quantity = null;
        if (v.get(Column.QUANTITY) != null) {
            try {
                quantity = Integer.valueOf(NOT_DIGIT.matcher(v.get(Column.QUANTITY)).replaceAll(""));
            } catch (NumberFormatException e) {
                return refuse("inspection.row.quantity-invalid", v.get(Column.QUANTITY));
            }
            if (quantity < 0) {
                return refuse("inspection.row.quantity-negative", v.get(Column.QUANTITY));
            }
        }
        String creditCode = null;
        if (v.get(Column.CREDIT_CODE) != null) {
            creditCode = CreditCode.normalise(v.get(Column.CREDIT_CODE));
            CreditCode.Problem problem = CreditCode.check(creditCode);
            if (problem != null) {
                return refuse(problem.code(), v.get(Column.CREDIT_CODE));
            }
        }
        String[] category = category(v.get(Column.CATEGORY), v.get(Column.PRODUCT));
        if (category[0] == null) {
            return refuse(category[1], v.get(Column.CATEGORY));
        }
        String region = context.planRegion();
        if (v.get(Column.REGION) != null) {
            region = region(v.get(Column.REGION));
            if (region == null) {
                return refuse("inspection.row.region-unknown", v.get(Column.REGION));
            }
        }
        String manufacturerRegion = creditCode != null ? creditCode.substring(2, 8) : region;
        List<SampleRow.FailedItem> items = conclusion == Conclusion.FAIL ? FailedItems.parse(v.get(Column.FAILED_ITEMS)) : List.of();
        return new Parsed(new SampleRow(category[0], category[1], v.get(Column.PRODUCT), v.get(Column.BRAND),
                v.get(Column.MODEL), v.get(Column.BATCH), v.get(Column.MANUFACTURER), creditCode, null, manufacturerRegion,
                v.get(Column.MANUFACTURER_ADDRESS), v.get(Column.BUSINESS), region, sampled, v.get(Column.SAMPLING_PLACE),
                quantity, region, conclusion, v.get(Column.INSTITUTION), v.get(Column.REPORT_NO), items,
                v.get(Column.RETEST_INSTITUTION), v.get(Column.REMARKS)), null);
    }

    static Conclusion conclusion(String text, String remarks) {
        String c = text == null ? "" : CellText.compact(text).toUpperCase(java.util.Locale.ROOT);
        return switch (c) {
            case "合格", "P", "PASS", "符合", "合格品" -> Conclusion.PASS;
            case "不合格", "F", "FAIL", "不符合", "不合格品" -> Conclusion.FAIL;
            case "拒检", "拒绝抽样", "拒绝检查", "REFUSED" -> Conclusion.REFUSED;
            case "" -> remarks != null && remarks.contains("拒检") ? Conclusion.REFUSED : null;
            default -> c.contains("拒检") ? Conclusion.REFUSED : null;
        };
    }

    /** {code, name} of the row's category, or {null, error code}. */
    private String[] category(String text, String product) {
        Set<String> plan = context.planCategories();
        if (text != null) {
            String code = context.categoryCodes().get(CellText.compact(text));
            if (code == null) {
                return plan.contains("OTHER") ? new String[] {"OTHER", text} : new String[] {null, "inspection.row.category-unknown"};
            }
            return plan.contains(code) ? new String[] {code, null} : new String[] {null, "inspection.row.category-outside-plan"};
        }
        String compactProduct = CellText.compact(product);
        for (Map.Entry<String, String> e : context.categoryCodes().entrySet()) {
            if (compactProduct.contains(e.getKey()) && plan.contains(e.getValue())) {
                return new String[] {e.getValue(), null};
            }
        }
        List<String> keyCategories = plan.stream().filter(c -> !c.equals("OTHER")).toList();
        if (keyCategories.size() == 1) {
            return new String[] {keyCategories.get(0), null};
        }
        return plan.contains("OTHER") ? new String[] {"OTHER", null} : new String[] {null, "inspection.row.category-missing"};
    }

    /** The region code a cell names; answers are remembered (a sheet names few regions, each many times). */
    private String region(String text) {
        if (regions.size() > 10_000) {
            regions.clear();
        }
        return regions.computeIfAbsent(text, t -> Optional.ofNullable(lookUpRegion(t))).orElse(null);
    }

    private String lookUpRegion(String text) {
        String compact = CellText.compact(text);
        if (SIX_DIGITS.matcher(compact).matches() && context.regionCodes().containsValue(compact)) {
            return compact;
        }
        String code = context.regionCodes().get(compact);
        return code != null ? code : context.regionCodes().get(REGION_SUFFIX.matcher(compact).replaceAll(""));
    }

    private static Parsed refuse(String code, String argument) {
        return new Parsed(null, new RowError(code, argument == null ? null
                : argument.length() > 300 ? argument.substring(0, 300) : argument));
    }
}
