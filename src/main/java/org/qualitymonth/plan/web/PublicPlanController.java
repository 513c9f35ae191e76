package org.qualitymonth.plan.web;

import java.util.List;
import org.qualitymonth.campaign.CampaignCatalog;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.plan.PlanStatus;
import org.qualitymonth.plan.domain.ActivityPlan;
import org.qualitymonth.plan.domain.ActivityPlans;
import org.qualitymonth.shared.BusinessException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Accepted plans whose submitters agreed to publish them, for everyone to read. */
@Controller
class PublicPlanController {

    private final ActivityPlans plans;
    private final CampaignCatalog campaign;
    private final OrganizationLookup organizations;

    PublicPlanController(ActivityPlans plans, CampaignCatalog campaign, OrganizationLookup organizations) {
        this.plans = plans;
        this.campaign = campaign;
        this.organizations = organizations;
    }

    @GetMapping("/plans")
    @Transactional(readOnly = true)
    public String list(Model model) {
        int year = campaign.current().orElseThrow(() -> BusinessException.notFound("edition.not-found")).year();
        List<ActivityPlan> published = plans.findByEditionYearAndKindAndStatusAndPublicPlanTrueOrderByRegionCodeAsc(year,
                org.qualitymonth.plan.DocumentKind.PLAN, PlanStatus.ACCEPTED);
        model.addAttribute("year", year);
        model.addAttribute("plans", published);
        return "plan/public-list";
    }

    @GetMapping("/plans/{id}")
    @Transactional(readOnly = true)
    public String show(@PathVariable long id, Model model) {
        ActivityPlan plan = plans.findById(id).filter(p -> p.kind() == org.qualitymonth.plan.DocumentKind.PLAN && p.publicPlan()
                        && p.status() == PlanStatus.ACCEPTED)
                .orElseThrow(() -> BusinessException.notFound("plan.not-found"));
        model.addAttribute("plan", plan);
        model.addAttribute("content", plan.content());
        model.addAttribute("submitter", organizations.find(plan.organizationId()).map(o -> o.name()).orElse(""));
        return "plan/public-plan";
    }
}
