package org.qualitymonth.organization.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import org.qualitymonth.campaign.ProductCategory;
import org.qualitymonth.organization.OrganizationType;
import org.qualitymonth.organization.QualityAward;
import org.qualitymonth.organization.SizeClass;
import org.qualitymonth.organization.UserPrincipal;
import org.qualitymonth.organization.domain.Organization;
import org.qualitymonth.organization.domain.OrganizationData;
import org.qualitymonth.organization.domain.OrganizationFilter;
import org.qualitymonth.organization.domain.OrganizationService;
import org.qualitymonth.organization.domain.RegionDirectory;
import org.qualitymonth.platform.ExcelExport;
import org.qualitymonth.platform.FormErrors;
import org.qualitymonth.shared.BusinessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Console pages to list, filter, export, create and edit organisations within the user's scope. */
@Controller
class OrganizationPageController {

    private final OrganizationService organizations;
    private final RegionDirectory regions;
    private final OrganizationExport export;

    OrganizationPageController(OrganizationService organizations, RegionDirectory regions, OrganizationExport export) {
        this.organizations = organizations;
        this.regions = regions;
        this.export = export;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("types", OrganizationType.values());
        model.addAttribute("awards", QualityAward.values());
        model.addAttribute("sizes", SizeClass.values());
        model.addAttribute("categories", ProductCategory.values());
    }

    @GetMapping("/console/organizations")
    @PreAuthorize("hasAuthority('org:read')")
    String list(@AuthenticationPrincipal UserPrincipal user, @ModelAttribute("filter") OrganizationFilter filter,
                @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page, Model model) {
        var result = organizations.search(user.actor(), filter, sort, page, 25);
        model.addAttribute("page", result);
        model.addAttribute("regionNames", regions.fullNames(result.map(Organization::regionCode).toSet(),
                org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("sort", sort);
        model.addAttribute("regions", regions.selectableFor(user.actor().scopeRegionCode()));
        return "organization/list";
    }

    @GetMapping("/console/organizations/export.xlsx")
    @PreAuthorize("hasAuthority('org:read')")
    void exportXlsx(@AuthenticationPrincipal UserPrincipal user, @ModelAttribute("filter") OrganizationFilter filter,
                    @RequestParam(required = false) String sort, HttpServletResponse response) throws IOException {
        OrganizationService.SORT.resolve(sort); // refuse a bad sort before the download starts
        ExcelExport.prepare(response, "organizations.xlsx");
        export.write(user.actor(), filter, sort, response.getOutputStream());
    }

    @GetMapping("/console/organizations/new")
    @PreAuthorize("hasAuthority('org:write')")
    String create(@AuthenticationPrincipal UserPrincipal user, @RequestParam(defaultValue = "ENTERPRISE") OrganizationType type,
                  Model model) {
        model.addAttribute("organization", new OrganizationData(type, null, null, null, null, null, null, null,
                false, QualityAward.NONE, false, null));
        return form(user, model, null);
    }

    @PostMapping("/console/organizations")
    @PreAuthorize("hasAuthority('org:write')")
    String save(@AuthenticationPrincipal UserPrincipal user, @Valid @ModelAttribute("organization") OrganizationData data,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Organization created = organizations.create(user.actor(), data);
                redirect.addFlashAttribute("saved", created.name());
                return "redirect:/console/organizations?q=" + java.net.URLEncoder.encode(created.name(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (BusinessException e) {
                FormErrors.reject(errors, e);
            }
        }
        return form(user, model, null);
    }

    @GetMapping("/console/organizations/{id}")
    @PreAuthorize("hasAuthority('org:read')")
    String edit(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
        Organization organization = organizations.get(user.actor(), id);
        model.addAttribute("organization", organization.data());
        return form(user, model, organization);
    }

    @PostMapping("/console/organizations/{id}")
    @PreAuthorize("hasAuthority('org:write')")
    String update(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @RequestParam(required = false) Long version,
                  @Valid @ModelAttribute("organization") OrganizationData data, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Organization existing = organizations.get(user.actor(), id);
        if (!errors.hasErrors()) {
            try {
                Organization saved = organizations.update(user.actor(), id, data, version);
                redirect.addFlashAttribute("saved", saved.name());
                return "redirect:/console/organizations/" + id;
            } catch (BusinessException e) {
                FormErrors.reject(errors, e);
            }
        }
        return form(user, model, existing);
    }

    private String form(UserPrincipal user, Model model, Organization existing) {
        model.addAttribute("existing", existing);
        model.addAttribute("regions", regions.selectableFor(user.actor().scopeRegionCode()));
        model.addAttribute("creatableTypes", List.of(OrganizationType.ENTERPRISE, OrganizationType.ASSOCIATION,
                OrganizationType.PARK, OrganizationType.AUTHORITY, OrganizationType.LEADING_GROUP));
        return "organization/form";
    }
}
