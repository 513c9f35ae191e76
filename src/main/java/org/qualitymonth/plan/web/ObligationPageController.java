package org.qualitymonth.plan.web;

import org.qualitymonth.campaign.CampaignCatalog;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.plan.domain.ObligationService;
import org.qualitymonth.shared.BusinessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The national administrator's list of who must send a plan, derived and adjusted. */
@Controller
@PreAuthorize("hasAuthority('plan:obligations')")
class ObligationPageController {

    private final ObligationService obligations;
    private final CampaignCatalog campaign;
    private final OrganizationLookup organizations;

    ObligationPageController(ObligationService obligations, CampaignCatalog campaign, OrganizationLookup organizations) {
        this.obligations = obligations;
        this.campaign = campaign;
        this.organizations = organizations;
    }

    @GetMapping("/console/obligations")
    String list(Model model) {
        int year = year();
        model.addAttribute("year", year);
        var list = obligations.list(year);
        model.addAttribute("obligations", list);
        model.addAttribute("names", list.stream().collect(java.util.stream.Collectors.toMap(
                o -> o.organizationId(), o -> organizations.find(o.organizationId()).map(s -> s.name()).orElse(""), (x, y) -> x)));
        return "plan/obligations";
    }

    @PostMapping("/console/obligations/derive")
    String derive(RedirectAttributes redirect) {
        redirect.addFlashAttribute("derived", obligations.derive(year()));
        return "redirect:/console/obligations";
    }

    @PostMapping("/console/obligations")
    String add(@RequestParam long organizationId, @RequestParam String reason, RedirectAttributes redirect) {
        obligations.add(year(), organizationId, reason);
        redirect.addFlashAttribute("done", "obligation.added");
        return "redirect:/console/obligations";
    }

    @PostMapping("/console/obligations/{id}/exempt")
    String exempt(@PathVariable long id, @RequestParam String reason, RedirectAttributes redirect) {
        obligations.exempt(id, reason);
        redirect.addFlashAttribute("done", "obligation.exempted");
        return "redirect:/console/obligations";
    }

    private int year() {
        return campaign.current().orElseThrow(() -> BusinessException.notFound("edition.not-found")).year();
    }
}
