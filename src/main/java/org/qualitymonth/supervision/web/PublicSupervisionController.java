package org.qualitymonth.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qualitymonth.campaign.CampaignCatalog;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.plan.PlanQueries;
import org.qualitymonth.supervision.domain.Draw;
import org.qualitymonth.supervision.domain.DrawService;
import org.qualitymonth.supervision.domain.RandomDraw;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** What the public sees of supervision: accepted plans per province and every draw with its seed. */
@Controller
class PublicSupervisionController {

    private final PlanQueries plans;
    private final DrawService draws;
    private final CampaignCatalog campaign;
    private final OrganizationLookup organizations;
    private final Clock clock;

    PublicSupervisionController(PlanQueries plans, DrawService draws, CampaignCatalog campaign,
                                OrganizationLookup organizations, Clock clock) {
        this.plans = plans;
        this.draws = draws;
        this.campaign = campaign;
        this.organizations = organizations;
        this.clock = clock;
    }

    record Ranked(String code, String name, String rank, boolean drawn) {
    }

    @GetMapping("/supervision")
    String overview(Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        int year = campaign.current().map(e -> e.year()).orElse(LocalDate.now(clock).getYear());
        var progress = plans.progress(year, null, org.qualitymonth.shared.ChinaTime.today(clock));
        Map<String, String> names = organizations.regionNames(organizations.regionsWithAuthorityBelow(null), locale);
        model.addAttribute("year", year);
        model.addAttribute("progress", progress);
        model.addAttribute("names", names);
        model.addAttribute("draws", draws.published());
        return "supervision/public";
    }

    @GetMapping("/draws/{id}")
    String draw(@PathVariable long id, Model model) {
        Draw draw = draws.get(id);
        Map<String, String> names = organizations.regionNames(draw.candidates(), LocaleContextHolder.getLocale());
        List<Ranked> ranked = new ArrayList<>();
        for (String code : draw.candidates()) {
            ranked.add(new Ranked(code, names.getOrDefault(code, code), RandomDraw.rank(draw.seed(), code), draw.result().contains(code)));
        }
        ranked.sort(java.util.Comparator.comparing(Ranked::rank));
        model.addAttribute("draw", draw);
        model.addAttribute("ranked", ranked);
        model.addAttribute("names", names);
        model.addAttribute("scopeName", draw.scopeCode() == null ? null
                : organizations.regionNames(List.of(draw.scopeCode()), LocaleContextHolder.getLocale()).get(draw.scopeCode()));
        return "supervision/draw";
    }
}
