package org.qualitymonth.supervision.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qualitymonth.campaign.CampaignCatalog;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.organization.UserPrincipal;
import org.qualitymonth.plan.PlanQueries;
import org.qualitymonth.plan.PlanQueries.RegionProgress;
import org.qualitymonth.platform.ExcelExport;
import org.qualitymonth.shared.BusinessException;
import org.qualitymonth.shared.RegionCode;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The progress dashboard: the country by province, a province by city; national users drill down. */
@Controller
@PreAuthorize("hasAuthority('supervision:read')")
class SupervisionController {

    private static final List<String> COLUMNS = List.of("supervision.region", "supervision.obligations",
            "supervision.notSubmitted", "supervision.waiting", "supervision.returned", "supervision.accepted",
            "supervision.overdue", "supervision.late");

    private final PlanQueries plans;
    private final CampaignCatalog campaign;
    private final OrganizationLookup organizations;
    private final MessageSource messages;
    private final org.qualitymonth.supervision.domain.OnsiteCheckService checks;
    private final Clock clock;

    SupervisionController(PlanQueries plans, CampaignCatalog campaign, OrganizationLookup organizations,
                          MessageSource messages, org.qualitymonth.supervision.domain.OnsiteCheckService checks, Clock clock) {
        this.checks = checks;
        this.plans = plans;
        this.campaign = campaign;
        this.organizations = organizations;
        this.messages = messages;
        this.clock = clock;
    }

    record Row(String code, String name, RegionProgress progress) {
    }

    @GetMapping("/console/supervision")
    String dashboard(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String province, Model model) {
        String scope = scopedProvince(user, province);
        List<Row> rows = rows(user, scope);
        RegionProgress total = rows.stream().map(Row::progress)
                .reduce(new RegionProgress(null, 0, 0, 0, 0, 0, 0, 0), RegionProgress::plus);
        model.addAttribute("rows", rows);
        model.addAttribute("total", total);
        model.addAttribute("province", scope);
        model.addAttribute("provinceName", scope == null ? null
                : organizations.regionNames(List.of(scope), LocaleContextHolder.getLocale()).get(scope));
        model.addAttribute("national", user.actor().scopeRegionCode() == null);
        model.addAttribute("year", year());
        model.addAttribute("openItems", openItems(rows, scope));
        return "supervision/dashboard";
    }

    @GetMapping("/console/supervision/city/{code}")
    String city(@AuthenticationPrincipal UserPrincipal user, @org.springframework.web.bind.annotation.PathVariable String code, Model model) {
        requireCityInScope(user, code);
        var units = plans.unitsIn(year(), code);
        model.addAttribute("units", units);
        model.addAttribute("names", organizations.names(units.stream().map(PlanQueries.UnitStatus::organizationId).toList()));
        model.addAttribute("cityName", organizations.regionNames(List.of(code), LocaleContextHolder.getLocale()).getOrDefault(code, code));
        model.addAttribute("province", code.substring(0, 2) + "0000");
        model.addAttribute("year", year());
        return "supervision/city";
    }

    @GetMapping("/console/supervision/export.xlsx")
    void export(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String province,
                HttpServletResponse response) throws IOException {
        String scope = scopedProvince(user, province);
        Locale locale = LocaleContextHolder.getLocale();
        ExcelExport.prepare(response, "plan-progress.xlsx");
        ExcelExport.write(response.getOutputStream(), messages.getMessage("supervision.title", null, locale),
                COLUMNS.stream().map(key -> messages.getMessage(key, null, locale)).toList(), rows(user, scope).stream(),
                row -> List.of(row.name(), row.progress().obligations(), row.progress().notSubmitted(), row.progress().waiting(),
                        row.progress().returned(), row.progress().accepted(), row.progress().overdue(), row.progress().late()));
    }

    private List<Row> rows(UserPrincipal user, String province) {
        LocalDate today = org.qualitymonth.shared.ChinaTime.today(clock);
        List<RegionProgress> progress = plans.progress(year(), province, today);
        String ownRegion = user.actor().scopeRegionCode();
        if (ownRegion != null && new RegionCode(ownRegion).level() != RegionCode.Level.PROVINCE) {
            String city = ownRegion.substring(0, 4) + "00";
            progress = progress.stream().filter(p -> p.regionCode().equals(city)).toList();
        }
        Map<String, String> names = organizations.regionNames(progress.stream().map(RegionProgress::regionCode).toList(),
                LocaleContextHolder.getLocale());
        List<Row> rows = new ArrayList<>();
        progress.forEach(p -> rows.add(new Row(p.regionCode(), names.getOrDefault(p.regionCode(), p.regionCode()), p)));
        return rows;
    }

    /** Unanswered rectification items per dashboard row: by province nationally, by city within a province. */
    private Map<String, Long> openItems(List<Row> rows, String province) {
        Map<String, Long> open = new java.util.HashMap<>();
        checks.openItemsByRegion().forEach((region, count) -> {
            String key = province == null ? region.substring(0, 2) + "0000" : region.substring(0, 4) + "00";
            if (province == null || region.startsWith(province.substring(0, 2))) {
                open.merge(key, count, Long::sum);
            }
        });
        return open;
    }

    /** A well-formed city code inside the user's scope, else 400 or 404 (as if it did not exist). */
    static void requireCityInScope(UserPrincipal user, String code) {
        if (!RegionCode.isWellFormed(code) || new RegionCode(code).level() != RegionCode.Level.CITY) {
            throw BusinessException.invalid("region.format");
        }
        String own = user.actor().scopeRegionCode();
        boolean inScope = own == null || (new RegionCode(own).level() == RegionCode.Level.PROVINCE
                ? code.startsWith(own.substring(0, 2)) : code.startsWith(own.substring(0, 4)));
        if (!inScope) {
            throw BusinessException.notFound("region.unknown", code);
        }
    }

    /** National users pick any province (or none); everyone else sees their own province only. */
    static String scopedProvince(UserPrincipal user, String requested) {
        String own = user.actor().scopeRegionCode();
        if (own != null) {
            return own.substring(0, 2) + "0000";
        }
        if (requested == null || requested.isBlank()) {
            return null;
        }
        if (!RegionCode.isWellFormed(requested) || !requested.endsWith("0000")) {
            throw BusinessException.invalid("region.format");
        }
        return requested;
    }

    private int year() {
        return campaign.current().orElseThrow(() -> BusinessException.notFound("edition.not-found")).year();
    }
}
