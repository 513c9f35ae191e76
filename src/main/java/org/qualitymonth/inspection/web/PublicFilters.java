package org.qualitymonth.inspection.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qualitymonth.campaign.ProductCategory;
import org.qualitymonth.inspection.Conclusion;
import org.qualitymonth.inspection.domain.Announcements;
import org.qualitymonth.inspection.domain.PublicFilter;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.shared.BusinessException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Reads the public list's filter from request parameters and offers the choices of the filter form. */
@Component
class PublicFilters {

    static final List<String> PROVINCES = List.of("110000", "120000", "130000", "140000", "150000", "210000", "220000",
            "230000", "310000", "320000", "330000", "340000", "350000", "360000", "370000", "410000", "420000", "430000",
            "440000", "450000", "460000", "500000", "510000", "520000", "530000", "540000", "610000", "620000", "630000",
            "640000", "650000");

    private final OrganizationLookup organizations;
    private final Announcements announcements;

    PublicFilters(OrganizationLookup organizations, Announcements announcements) {
        this.organizations = organizations;
        this.announcements = announcements;
    }

    /** The filter, refusing a well-formed region code that names no region. */
    PublicFilter read(PublicParams p, Locale locale) {
        PublicFilter filter = PublicFilter.of(p.category(), p.region(), p.conclusion(), p.year(), p.institution(), p.q());
        if (filter.region() != null && organizations.regionNames(List.of(filter.region()), locale).isEmpty()) {
            throw BusinessException.invalid("announcement.region-unknown");
        }
        if (p.plan() != null) {
            filter = filter.ofPlan(p.plan());
        }
        if (p.creditCode() != null && !p.creditCode().isBlank()) {
            filter = announcements.ofManufacturer(filter, p.creditCode());
        }
        announcements.checkSort(p.sort());
        return filter;
    }

    /** Names of the regions on a page of results. */
    Map<String, String> regionNames(Announcements.Page page, Locale locale) {
        return organizations.regionNames(page.rows().stream().map(Announcements.PublicResult::regionCode)
                .filter(java.util.Objects::nonNull).distinct().toList(), locale);
    }

    void choices(Model model, Locale locale) {
        Map<String, String> names = organizations.regionNames(PROVINCES, locale);
        Map<String, String> provinces = new LinkedHashMap<>();
        PROVINCES.stream().filter(names::containsKey).forEach(code -> provinces.put(code, names.get(code)));
        model.addAttribute("categories", Arrays.stream(ProductCategory.values()).map(Enum::name).toList());
        model.addAttribute("provinces", provinces);
        model.addAttribute("conclusions", Conclusion.values());
        model.addAttribute("years", announcements.years());
        model.addAttribute("institutions", announcements.institutions());
    }
}
