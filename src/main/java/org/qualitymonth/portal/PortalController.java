package org.qualitymonth.portal;

import java.util.List;
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

/** Public pages: home, an earlier edition, search. */
@Controller
class PortalController {

    static final int MAX_QUERY = 100;

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

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String category,
                  @RequestParam(required = false) String province, Model model) {
        if (q.length() > MAX_QUERY) {
            throw BusinessException.invalid("search.too-long", MAX_QUERY);
        }
        if (category != null && !category.isBlank() && ProductCategory.fromCode(category).isEmpty()) {
            throw BusinessException.invalid("organization.category-unknown");
        }
        boolean searched = !q.isBlank() || (category != null && !category.isBlank());
        List<OrganizationDirectory.PublicOrganization> hits = searched ? organizations.search(q, category, province, 50) : List.of();
        model.addAttribute("q", q);
        model.addAttribute("category", category);
        model.addAttribute("searched", searched);
        model.addAttribute("hits", hits);
        model.addAttribute("total", searched ? organizations.countMatches(q, category, province) : 0);
        model.addAttribute("categories", ProductCategory.values());
        model.addAttribute("editions", campaign.publishedYears().stream().map(campaign::published)
                .flatMap(java.util.Optional::stream)
                .filter(e -> !q.isBlank() && (e.theme().contains(q.strip()) || String.valueOf(e.year()).equals(q.strip())))
                .toList());
        return "portal/search";
    }
}
