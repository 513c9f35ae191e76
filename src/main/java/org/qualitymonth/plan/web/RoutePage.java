package org.qualitymonth.plan.web;

import org.qualitymonth.organization.Actor;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.plan.domain.ActivityPlan;
import org.qualitymonth.plan.domain.ObligationService;
import org.qualitymonth.plan.domain.RouteService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the plan page and the summary page show alike about a routed record: who sent it, where it stands on
 * its route, whether it waits for the reader, its steps and versions (template fragments in plan/route.html).
 */
@Component
class RoutePage {

    private final RouteService route;
    private final ObligationService obligations;
    private final OrganizationLookup organizations;

    RoutePage(RouteService route, ObligationService obligations, OrganizationLookup organizations) {
        this.route = route;
        this.obligations = obligations;
        this.organizations = organizations;
    }

    /** Adds the route's part of the page for a record obtained from a readable check. */
    void addTo(Model model, ActivityPlan plan, Actor reader) {
        model.addAttribute("plan", plan);
        model.addAttribute("owner", plan.organizationId() == reader.organizationId());
        model.addAttribute("waitingForMe", plan.status().waiting() && plan.reviewerOrganizationId() == reader.organizationId());
        model.addAttribute("lastStep", plan.step() == plan.route().size() - 1);
        model.addAttribute("history", route.history(plan));
        model.addAttribute("versions", route.versions(plan));
        model.addAttribute("obligation", obligations.of(plan.editionYear(), plan.organizationId()).orElse(null));
        model.addAttribute("submitter", organizations.find(plan.organizationId()).orElseThrow());
        model.addAttribute("reviewer", plan.reviewerOrganizationId() == null ? null
                : organizations.find(plan.reviewerOrganizationId()).orElse(null));
    }
}
