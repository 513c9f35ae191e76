package org.qualitymonth.search.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.qualitymonth.campaign.CampaignCatalog;
import org.qualitymonth.organization.OrganizationDirectory;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.search.domain.ResultSearch;
import org.qualitymonth.search.domain.SearchPage;
import org.qualitymonth.search.domain.SearchRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public search page behind the header's search box: published spot-check results (full text, facets, highlights,
 * pages), plus the registered organisations and campaign editions that match. Every parameter arrives as text and is
 * checked by {@link SearchRequest}, so a bad one gets the localized 400 page.
 */
@Controller
class SearchController {

    private static final int ORGANIZATIONS = 5;

    private final ResultSearch search;
    private final OrganizationDirectory directory;
    private final OrganizationLookup organizations;
    private final CampaignCatalog campaign;

    SearchController(ResultSearch search, OrganizationDirectory directory, OrganizationLookup organizations,
                     CampaignCatalog campaign) {
        this.search = search;
        this.directory = directory;
        this.organizations = organizations;
        this.campaign = campaign;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
                  @RequestParam(required = false) String province, @RequestParam(required = false) String conclusion,
                  @RequestParam(required = false) String year, @RequestParam(required = false) String page,
                  Locale locale, Model model) {
        SearchRequest request = SearchRequest.of(q, category, province, conclusion, year, page);
        SearchPage results = search.search(request);
        model.addAttribute("q", request.text());
        model.addAttribute("request", request);
        model.addAttribute("results", results);
        model.addAttribute("links", new SearchLinks(request));
        model.addAttribute("regionNames", organizations.regionNames(regionCodes(results, request), locale));
        boolean text = request.hasText();
        model.addAttribute("organizations", text ? directory.search(request.text(), null, null, ORGANIZATIONS) : List.of());
        model.addAttribute("organizationCount", text ? directory.countMatches(request.text(), null, null) : 0L);
        model.addAttribute("editions", text ? editions(request.text()) : List.of());
        return "search/search";
    }

    private static Set<String> regionCodes(SearchPage results, SearchRequest request) {
        Set<String> codes = new TreeSet<>();
        results.hits().forEach(h -> Optional.ofNullable(h.regionCode()).ifPresent(codes::add));
        results.facets().getOrDefault("province", List.of()).forEach(f -> codes.add(f.value()));
        Optional.ofNullable(request.province()).ifPresent(codes::add);
        return codes;
    }

    private List<org.qualitymonth.campaign.EditionView> editions(String text) {
        return campaign.publishedEditions().stream()
                .filter(e -> e.theme().contains(text) || String.valueOf(e.year()).equals(text)).toList();
    }
}
