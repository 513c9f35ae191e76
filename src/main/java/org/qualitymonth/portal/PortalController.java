package org.qualitymonth.portal;

import java.util.Map;
import org.qualitymonth.campaign.CampaignCatalog;
import org.qualitymonth.campaign.EditionView;
import org.qualitymonth.campaign.ProductCategory;
import org.qualitymonth.organization.OrganizationDirectory;
import org.qualitymonth.shared.BusinessException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Public pages: home and an earlier edition (the search page belongs to the search module). */
@Controller
class PortalController {

    private final CampaignCatalog campaign;
    private final OrganizationDirectory organizations;

    PortalController(CampaignCatalog campaign, OrganizationDirectory organizations) {
        this.campaign = campaign;
        this.organizations = organizations;
    }

    @GetMapping("/")
    String home(Model model) {
        EditionView edition = campaign.current().orElse(null);
        return edition(model, edition);
    }

    @GetMapping("/editions/{year}")
    String edition(@PathVariable int year, Model model) {
        EditionView edition = campaign.published(year).orElseThrow(() -> BusinessException.notFound("edition.not-found"));
        return edition(model, edition);
    }

    private String edition(Model model, EditionView edition) {
        model.addAttribute("edition", edition);
        model.addAttribute("years", campaign.publishedYears());
        model.addAttribute("categories", ProductCategory.values());
        model.addAttribute("materials", campaign.materials());
        Map<String, Long> byCategory = organizations.enterprisesByCategory();
        model.addAttribute("categoryCounts", byCategory);
        model.addAttribute("categoryValues", java.util.Arrays.stream(ProductCategory.values())
                .map(c -> byCategory.getOrDefault(c.name(), 0L)).toList());
        return "portal/home";
    }
}
