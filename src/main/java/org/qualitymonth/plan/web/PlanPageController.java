package org.qualitymonth.plan.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.qualitymonth.campaign.CampaignCatalog;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.organization.UserPrincipal;
import org.qualitymonth.plan.Decision;
import org.qualitymonth.plan.domain.ActivityPlan;
import org.qualitymonth.plan.domain.PlanContent;
import org.qualitymonth.plan.domain.PlanService;
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

/**
 * The plan page: the submitter writes and submits, reviewers decide, everyone on the route reads the history.
 * The review queue lists plans and summaries alike, each marked with its kind.
 */
@Controller
class PlanPageController {

    private final PlanService plans;
    private final org.qualitymonth.plan.domain.PlanAttachments attachments;
    private final RoutePage routePage;
    private final CampaignCatalog campaign;
    private final OrganizationLookup organizations;
    private final Validator validator;

    PlanPageController(PlanService plans, org.qualitymonth.plan.domain.PlanAttachments attachments, RoutePage routePage,
                       CampaignCatalog campaign, OrganizationLookup organizations, Validator validator) {
        this.plans = plans;
        this.routePage = routePage;
        this.attachments = attachments;
        this.campaign = campaign;
        this.organizations = organizations;
        this.validator = validator;
    }

    @GetMapping("/console/plans/mine")
    @PreAuthorize("hasAuthority('plan:submit')")
    String mine(@AuthenticationPrincipal UserPrincipal user) {
        int year = campaign.current().orElseThrow(() -> BusinessException.notFound("edition.not-found")).year();
        return "redirect:/console/plans/" + plans.own(user.actor(), year).id();
    }

    @GetMapping("/console/plans/{id}")
    String show(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
        ActivityPlan plan = plans.readable(user.actor(), id);
        model.addAttribute("form", PlanForm.of(plan.content()));
        return page(user, plan, model);
    }

    @PostMapping("/console/plans/{id}")
    @PreAuthorize("hasAuthority('plan:submit')")
    String save(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @RequestParam(required = false) Long version,
                @RequestParam(defaultValue = "save") String action, @ModelAttribute("form") PlanForm form, BindingResult errors,
                Model model, RedirectAttributes redirect) {
        PlanContent content = form.toContent();
        for (ConstraintViolation<PlanContent> violation : validator.validate(content)) {
            errors.rejectValue(violation.getPropertyPath().toString(), "validation", violation.getMessage());
        }
        if (!errors.hasErrors()) {
            try {
                boolean submit = "submit".equals(action);
                ActivityPlan saved = submit ? plans.saveAndSubmit(user.actor(), id, content, version)
                        : plans.save(user.actor(), id, content, version);
                redirect.addFlashAttribute("done", submit ? "plan.submitted" : "plan.saved");
                return "redirect:/console/plans/" + saved.id();
            } catch (BusinessException e) {
                FormErrors.reject(errors, e);
            }
        }
        form.padded();
        return page(user, plans.readable(user.actor(), id), model);
    }

    @PostMapping("/console/plans/{id}/decision")
    @PreAuthorize("hasAuthority('plan:review')")
    String decide(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @RequestParam Decision decision,
                  @RequestParam(required = false) String comment, @RequestParam(required = false) Long version,
                  RedirectAttributes redirect) {
        plans.decide(user.actor(), id, decision, comment, version);
        redirect.addFlashAttribute("done", "plan.decided." + decision.name());
        return "redirect:/console/reviews";
    }

    @GetMapping("/console/plans/{id}/compare")
    String compare(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @RequestParam int a, @RequestParam int b,
                   Model model) {
        model.addAttribute("plan", plans.readable(user.actor(), id));
        model.addAttribute("a", a);
        model.addAttribute("b", b);
        model.addAttribute("left", plans.version(user.actor(), id, a));
        model.addAttribute("right", plans.version(user.actor(), id, b));
        return "plan/compare";
    }

    @GetMapping("/console/reviews")
    @PreAuthorize("hasAuthority('plan:review')")
    String queue(@AuthenticationPrincipal UserPrincipal user, @RequestParam(defaultValue = "0") int page, Model model) {
        var queue = plans.queue(user.actor(), page);
        model.addAttribute("queue", queue);
        model.addAttribute("submitters", organizations.names(queue.getContent().stream()
                .map(org.qualitymonth.plan.domain.QueueItem::organizationId).toList()));
        return "plan/queue";
    }

    private String page(UserPrincipal user, ActivityPlan plan, Model model) {
        routePage.addTo(model, plan, user.actor());
        model.addAttribute("attachments", attachments.of(plan));
        return "plan/plan";
    }
}
