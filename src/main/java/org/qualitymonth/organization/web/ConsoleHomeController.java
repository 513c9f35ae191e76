package org.qualitymonth.organization.web;

import java.util.EnumMap;
import java.util.Map;
import org.qualitymonth.organization.OrganizationType;
import org.qualitymonth.organization.UserPrincipal;
import org.qualitymonth.organization.domain.OrganizationFilter;
import org.qualitymonth.organization.domain.OrganizationService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's first page: who you are, what your scope holds, where to go next. */
@Controller
class ConsoleHomeController {

    private final OrganizationService organizations;

    ConsoleHomeController(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @GetMapping("/console")
    String home(@AuthenticationPrincipal UserPrincipal user, Model model) {
        Map<OrganizationType, Long> counts = new EnumMap<>(OrganizationType.class);
        for (OrganizationType type : OrganizationType.values()) {
            OrganizationFilter filter = new OrganizationFilter(null, type, null, null, null, null, null, null);
            counts.put(type, organizations.search(user.actor(), filter, null, 0, 1).getTotalElements());
        }
        model.addAttribute("counts", counts);
        return "organization/console";
    }
}
