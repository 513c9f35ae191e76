package org.qualitymonth.inspection.web;

import java.util.List;
import org.qualitymonth.campaign.ProductCategory;
import org.qualitymonth.inspection.Conclusion;
import org.qualitymonth.inspection.domain.ImportJobs;
import org.qualitymonth.inspection.domain.Results;
import org.qualitymonth.inspection.domain.SpotCheckPlans;
import org.qualitymonth.inspection.domain.SpotCheckPlans.PlanData;
import org.qualitymonth.organization.UserPrincipal;
import org.qualitymonth.shared.BusinessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Spot-check plans in the console: the list, a new plan, a plan with its tasks, results and imports. */
@Controller
@PreAuthorize("hasAuthority('inspection:read')")
class PlanController {

    private static final int PAGE = 50;

    private final SpotCheckPlans plans;
    private final Results results;
    private final ImportJobs imports;

    PlanController(SpotCheckPlans plans, Results results, ImportJobs imports) {
        this.plans = plans;
        this.results = results;
        this.imports = imports;
    }

    @GetMapping("/console/inspection")
    String list(@AuthenticationPrincipal UserPrincipal user, Model model) {
        model.addAttribute("plans", plans.list(user.actor()));
        model.addAttribute("categories", categories());
        return "inspection/plans";
    }

    @PostMapping("/console/inspection/plans")
    @PreAuthorize("hasAuthority('inspection:write')")
    String create(@AuthenticationPrincipal UserPrincipal user, @RequestParam int year, @RequestParam String title,
                  @RequestParam(required = false) List<String> categories, Model model, RedirectAttributes redirect) {
        try {
            long id = plans.create(user.actor(), new PlanData(year, title, categories));
            redirect.addFlashAttribute("done", "inspection.plan.created");
            return "redirect:/console/inspection/plans/" + id;
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.INVALID) {
                model.addAttribute("formError", e.messageKey());
                return list(user, model);
            }
            throw e;
        }
    }

    @GetMapping("/console/inspection/plans/{id}")
    String plan(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
                @RequestParam(required = false) Conclusion conclusion, @RequestParam(defaultValue = "0") int page, Model model) {
        var plan = plans.get(user.actor(), id);
        int safePage = Math.max(0, Math.min(page, 10_000));
        model.addAttribute("plan", plan);
        model.addAttribute("tasks", plans.tasks(id));
        model.addAttribute("results", results.ofPlan(user.actor(), id, conclusion, safePage, PAGE));
        model.addAttribute("conclusion", conclusion);
        model.addAttribute("conclusions", Conclusion.values());
        model.addAttribute("page", safePage);
        model.addAttribute("pageSize", PAGE);
        model.addAttribute("writable", plan.authorityPath().startsWith(user.actor().scopePath())
                && user.actor().has(org.qualitymonth.organization.Role.Permission.INSPECTION_WRITE));
        model.addAttribute("imports", imports.recent(user.actor(), 50).stream().filter(j -> j.planId() == id).toList());
        return "inspection/plan";
    }

    @PostMapping("/console/inspection/plans/{id}/tasks")
    @PreAuthorize("hasAuthority('inspection:write')")
    String addTask(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @RequestParam String institution,
                   @RequestParam String regionCode, @RequestParam int quota, RedirectAttributes redirect) {
        plans.addTask(user.actor(), id, institution, regionCode, quota);
        redirect.addFlashAttribute("done", "inspection.task.saved");
        return "redirect:/console/inspection/plans/" + id;
    }

    static List<String> categories() {
        List<String> codes = new java.util.ArrayList<>(java.util.Arrays.stream(ProductCategory.values()).map(Enum::name).toList());
        codes.add("OTHER");
        return codes;
    }
}
