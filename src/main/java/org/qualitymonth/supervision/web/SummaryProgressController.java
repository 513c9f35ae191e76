package org.qualitymonth.supervision.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.qualitymonth.campaign.CampaignCatalog;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.organization.UserPrincipal;
import org.qualitymonth.plan.SummaryFigures;
import org.qualitymonth.plan.SummaryQueries;
import org.qualitymonth.plan.SummaryQueries.RegionSummaries;
import org.qualitymonth.platform.ExcelExport;
import org.qualitymonth.shared.BusinessException;
import org.qualitymonth.shared.ChinaTime;
import org.qualitymonth.shared.RegionCode;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Summary completion beside plan progress: the country by province, a province by city, a city by
 * organisation, each with the reported figures added up; the same scope rules as the plan dashboard.
 */
@Controller
@PreAuthorize("hasAuthority('supervision:read')")
class SummaryProgressController {

    private static final List<String> COUNTS = List.of("supervision.region", "supervision.obligations",
            "supervision.notSubmitted", "supervision.waiting", "supervision.returned", "supervision.accepted", "supervision.overdue");

    private final SummaryQueries summaries;
    private final CampaignCatalog campaign;
    private final OrganizationLookup organizations;
    private final MessageSource messages;
    private final Clock clock;

    SummaryProgressController(SummaryQueries summaries, CampaignCatalog campaign, OrganizationLookup organizations,
                              MessageSource messages, Clock clock) {
        this.summaries = summaries;
        this.campaign = campaign;
        this.organizations = organizations;
        this.messages = messages;
        this.clock = clock;
    }

    record Row(String code, String name, RegionSummaries progress) {
    }

    @GetMapping("/console/supervision/summaries")
    String progress(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String province, Model model) {
        String scope = SupervisionController.scopedProvince(user, province);
        List<Row> rows = rows(user, scope);
        model.addAttribute("rows", rows);
        model.addAttribute("total", rows.stream().map(Row::progress)
                .reduce(new RegionSummaries(null, 0, 0, 0, 0, 0, 0, SummaryFigures.none()), RegionSummaries::plus));
        model.addAttribute("province", scope);
        model.addAttribute("provinceName", scope == null ? null
                : organizations.regionNames(List.of(scope), LocaleContextHolder.getLocale()).get(scope));
        model.addAttribute("national", user.actor().scopeRegionCode() == null);
        model.addAttribute("year", year());
        model.addAttribute("due", summaries.dueDate(year()));
        model.addAttribute("figureNames", SummaryFigures.NAMES);
        return "supervision/summaries";
    }

    @GetMapping("/console/supervision/summaries/city/{code}")
    String city(@AuthenticationPrincipal UserPrincipal user, @PathVariable String code, Model model) {
        SupervisionController.requireCityInScope(user, code);
        var units = summaries.unitsIn(year(), code);
        model.addAttribute("units", units);
        model.addAttribute("names", organizations.names(units.stream().map(SummaryQueries.UnitSummary::organizationId).toList()));
        model.addAttribute("cityName", organizations.regionNames(List.of(code), LocaleContextHolder.getLocale()).getOrDefault(code, code));
        model.addAttribute("province", code.substring(0, 2) + "0000");
        model.addAttribute("year", year());
        model.addAttribute("figureNames", SummaryFigures.NAMES);
        return "supervision/summaries-city";
    }

    @GetMapping("/console/supervision/summaries/export.xlsx")
    void export(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String province,
                HttpServletResponse response) throws IOException {
        String scope = SupervisionController.scopedProvince(user, province);
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = Stream.concat(COUNTS.stream(), SummaryFigures.NAMES.stream().map(n -> "summary.figure." + n))
                .map(key -> messages.getMessage(key, null, locale)).toList();
        ExcelExport.prepare(response, "summary-progress.xlsx");
        ExcelExport.write(response.getOutputStream(), messages.getMessage("summary.progress.title", null, locale), headers,
                rows(user, scope).stream(), row -> {
                    RegionSummaries p = row.progress();
                    List<Object> cells = new ArrayList<>(List.of(row.name(), p.obligations(), p.notSubmitted(), p.waiting(),
                            p.returned(), p.accepted(), p.overdue()));
                    p.figures().values().forEach(v -> cells.add(v == null ? 0 : v));
                    return cells;
                });
    }

    private List<Row> rows(UserPrincipal user, String province) {
        List<RegionSummaries> progress = summaries.progress(year(), province, ChinaTime.today(clock));
        String ownRegion = user.actor().scopeRegionCode();
        if (ownRegion != null && new RegionCode(ownRegion).level() != RegionCode.Level.PROVINCE) {
            String city = ownRegion.substring(0, 4) + "00";
            progress = progress.stream().filter(p -> p.regionCode().equals(city)).toList();
        }
        Map<String, String> names = organizations.regionNames(progress.stream().map(RegionSummaries::regionCode).toList(),
                LocaleContextHolder.getLocale());
        return progress.stream().map(p -> new Row(p.regionCode(), names.getOrDefault(p.regionCode(), p.regionCode()), p)).toList();
    }

    private int year() {
        return campaign.current().orElseThrow(() -> BusinessException.notFound("edition.not-found")).year();
    }
}
