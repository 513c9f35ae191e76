package org.qualitymonth.inspection.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.qualitymonth.inspection.Conclusion;
import org.qualitymonth.inspection.domain.AnnouncementExport;
import org.qualitymonth.inspection.domain.AnnouncementFeed;
import org.qualitymonth.inspection.domain.Announcements;
import org.qualitymonth.inspection.domain.PublicFilter;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.shared.BusinessException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public face of spot checks (INSP-4): the searchable list of published results, its CSV and JSON downloads,
 * the Atom feed, a plan's announcement page and a manufacturer's history. URLs are stable: filters are parameters.
 */
@Controller
class PublicResultController {

    static final int PAGE = 20;

    private final Announcements announcements;
    private final AnnouncementExport export;
    private final AnnouncementFeed feed;
    private final PublicFilters filters;
    private final OrganizationLookup organizations;

    PublicResultController(Announcements announcements, AnnouncementExport export, AnnouncementFeed feed, PublicFilters filters,
                           OrganizationLookup organizations) {
        this.announcements = announcements;
        this.export = export;
        this.feed = feed;
        this.filters = filters;
        this.organizations = organizations;
    }

    @GetMapping("/announcements")
    String list(PublicParams params, @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Locale locale,
                Model model) {
        PublicFilter filter = filters.read(params, locale);
        Announcements.Page results = announcements.page(filter, params.sort(), page, PAGE);
        model.addAttribute("results", results);
        model.addAttribute("regionNames", filters.regionNames(results, locale));
        model.addAttribute("filter", filter);
        model.addAttribute("sort", params.sort());
        model.addAttribute("query", queryWithoutPage(request));
        model.addAttribute("latest", announcements.latest(null, 5));
        filters.choices(model, locale);
        return "inspection/public/list";
    }

    @GetMapping("/announcements/results.csv")
    void csv(PublicParams params, Locale locale, HttpServletResponse response) throws IOException {
        PublicFilter filter = filters.read(params, locale);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"spot-check-results.csv\"");
        export.csv(filter, params.sort(), response.getOutputStream());
    }

    @GetMapping("/api/v1/announcements/results")
    void json(PublicParams params, Locale locale, HttpServletResponse response) throws IOException {
        PublicFilter filter = filters.read(params, locale);
        response.setContentType("application/json;charset=UTF-8");
        export.json(filter, params.sort(), response.getOutputStream());
    }

    @GetMapping("/announcements/feed.atom")
    void atom(Locale locale, HttpServletResponse response) throws IOException {
        response.setContentType("application/atom+xml;charset=UTF-8");
        feed.write(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString(), locale, response.getOutputStream());
    }

    @GetMapping("/announcements/plans/{id}")
    String plan(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        Announcements.Announcement announcement = announcements.announcement(id);
        Announcements.Page results = announcements.page(PublicFilter.none().ofPlan(id), "productName", page, PAGE);
        model.addAttribute("announcement", announcement);
        model.addAttribute("authority", organizations.names(List.of(announcement.authorityId())).get(announcement.authorityId()));
        model.addAttribute("results", results);
        model.addAttribute("regionNames", filters.regionNames(results, locale));
        model.addAttribute("failed", announcements.page(PublicFilter.of(null, null, Conclusion.FAIL.name(), null, null, null)
                .ofPlan(id), "productName", 0, 200));
        return "inspection/public/plan";
    }

    @GetMapping("/announcements/enterprises/{creditCode}")
    String enterprise(@PathVariable String creditCode, @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        PublicFilter filter = announcements.ofManufacturer(PublicFilter.none(), creditCode);
        Announcements.Page results = announcements.page(filter, null, page, PAGE);
        if (results.total() == 0) {
            throw BusinessException.notFound("announcement.enterprise-unknown");
        }
        model.addAttribute("creditCode", creditCode);
        model.addAttribute("name", filter.enterprise() != null ? filter.enterprise().name()
                : results.rows().isEmpty() ? creditCode : results.rows().get(0).manufacturerName());
        model.addAttribute("results", results);
        model.addAttribute("regionNames", filters.regionNames(results, locale));
        model.addAttribute("figures", announcements.figures(filter));
        return "inspection/public/enterprise";
    }

    @GetMapping("/announcements/results/{id}")
    String result(@PathVariable long id, Locale locale, Model model) {
        Announcements.Detail detail = announcements.result(id);
        model.addAttribute("detail", detail);
        model.addAttribute("r", detail.result());
        model.addAttribute("regionName", detail.result().regionCode() == null ? null : organizations.regionNames(
                List.of(detail.result().regionCode()), locale).getOrDefault(detail.result().regionCode(), detail.result().regionCode()));
        return "inspection/public/result";
    }

    private static String queryWithoutPage(HttpServletRequest request) {
        String query = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("page").replaceQueryParam("lang")
                .build().getQuery();
        return query == null ? "" : query;
    }
}
