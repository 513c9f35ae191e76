package org.qualitymonth.inspection.domain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qualitymonth.campaign.ProductCategory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Category names as sheets write them, to the campaign's category codes: the names in every language, the
 * codes, and the everyday names publishers use (电饭锅 for 电饭煲). Longest names first, so a product name
 * containing "儿童服装" is not taken for something shorter.
 */
@Component
class CategoryNames {

    /** Plans may include products outside the 10 key categories under this code. */
    static final String OTHER = "OTHER";

    private static final Map<String, ProductCategory> ALIASES = Map.ofEntries(
            Map.entry("电饭锅", ProductCategory.RICE_COOKER), Map.entry("纸尿裤", ProductCategory.BABY_DIAPER),
            Map.entry("婴儿纸尿裤", ProductCategory.BABY_DIAPER), Map.entry("玩具", ProductCategory.TOY),
            Map.entry("童装", ProductCategory.CHILDREN_CLOTHING), Map.entry("儿童服装", ProductCategory.CHILDREN_CLOTHING),
            Map.entry("婴幼儿服装", ProductCategory.CHILDREN_CLOTHING), Map.entry("手机", ProductCategory.SMARTPHONE),
            Map.entry("智能坐便器", ProductCategory.SMART_TOILET_SEAT), Map.entry("锅具", ProductCategory.COOKWARE),
            Map.entry("炊具", ProductCategory.COOKWARE), Map.entry("家纺", ProductCategory.BEDDING),
            Map.entry("净化器", ProductCategory.AIR_PURIFIER));

    private final Map<String, String> codes;

    CategoryNames(MessageSource messages) {
        Map<String, String> all = new java.util.HashMap<>();
        for (ProductCategory category : ProductCategory.values()) {
            all.put(category.name(), category.name());
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, Locale.ENGLISH)) {
                all.put(CellText.compact(messages.getMessage(category.messageKey(), null, locale)), category.name());
            }
        }
        ALIASES.forEach((name, category) -> all.put(name, category.name()));
        codes = new LinkedHashMap<>();
        all.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()))
                .forEach(e -> codes.put(e.getKey(), e.getValue()));
    }

    Map<String, String> codes() {
        return codes;
    }
}
