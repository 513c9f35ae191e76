package org.qualitymonth.activity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qualitymonth.activity.ActivityType;
import org.qualitymonth.activity.domain.ActivityService;
import org.qualitymonth.campaign.CampaignCatalog;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.platform.ExcelExport;
import org.qualitymonth.shared.BusinessException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Activity counts of the edition by type, focus area and province, as charts and as an Excel file. */
@Controller
class ActivityStatisticsController {

    private final ActivityService activities;
    private final CampaignCatalog campaign;
    private final OrganizationLookup organizations;
    private final MessageSource messages;

    ActivityStatisticsController(ActivityService activities, CampaignCatalog campaign, OrganizationLookup organizations,
                                 MessageSource messages) {
        this.activities = activities;
        this.campaign = campaign;
        this.organizations = organizations;
        this.messages = messages;
    }

    record Count(String label, long count) {
    }

    @GetMapping("/activities/statistics")
    String statistics(Model model) {
        int year = year();
        model.addAttribute("year", year);
        model.addAttribute("byType", labelled(year, "type"));
        model.addAttribute("byFocus", labelled(year, "focus"));
        model.addAttribute("byProvince", labelled(year, "province"));
        return "activity/statistics";
    }

    @GetMapping("/activities/statistics.xlsx")
    void export(HttpServletResponse response) throws IOException {
        int year = year();
        Locale locale = LocaleContextHolder.getLocale();
        List<List<Object>> rows = new ArrayList<>();
        for (String dimension : List.of("type", "focus", "province")) {
            String heading = messages.getMessage("activity.stats." + dimension, null, locale);
            labelled(year, dimension).forEach(c -> rows.add(List.of(heading, c.label(), c.count())));
        }
        ExcelExport.prepare(response, "activity-statistics-" + year + ".xlsx");
        ExcelExport.write(response.getOutputStream(), messages.getMessage("activity.stats.title", null, locale),
                List.of(messages.getMessage("activity.stats.dimension", null, locale),
                        messages.getMessage("activity.stats.item", null, locale),
                        messages.getMessage("activity.stats.count", null, locale)), rows.stream(), row -> row);
    }

    private List<Count> labelled(int year, String dimension) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, Long> counts = activities.countsBy(year, dimension);
        Map<String, String> provinces = dimension.equals("province")
                ? organizations.regionNames(counts.keySet(), locale) : Map.of();
        List<Count> result = new ArrayList<>();
        counts.forEach((key, count) -> result.add(new Count(switch (dimension) {
            case "type" -> messages.getMessage("activity.type." + ActivityType.valueOf(key), null, locale);
            case "focus" -> messages.getMessage("activity.focusAreaN", new Object[] {key}, locale);
            default -> provinces.getOrDefault(key, key);
        }, count)));
        return result;
    }

    private int year() {
        return campaign.current().orElseThrow(() -> BusinessException.notFound("edition.not-found")).year();
    }
}
