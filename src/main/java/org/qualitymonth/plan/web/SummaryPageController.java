package org.qualitymonth.plan.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.qualitymonth.campaign.CampaignCatalog;
import org.qualitymonth.organization.UserPrincipal;
import org.qualitymonth.plan.Decision;
import org.qualitymonth.plan.SummaryFigures;
import org.qualitymonth.plan.domain.ActivityPlan;
import org.qualitymonth.plan.domain.SummaryContent;
import org.qualitymonth.plan.domain.SummaryService;
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
 * The summary page: the submitter writes the narrative and figures, adds photos and videos, and submits;
 * reviewers on the plan's route decide; everyone who may read it sees the figures, the gallery, history and versions.
 */
@Controller
class SummaryPageController {

    private final SummaryService summaries;
    private final org.qualitymonth.plan.domain.SummaryMedia media;
    private final RoutePage routePage;
    private final CampaignCatalog campaign;
    private final Validator validator;

    SummaryPageController(SummaryService summaries, org.qualitymonth.plan.domain.SummaryMedia media, RoutePage routePage,
                          CampaignCatalog campaign, Validator validator) {
        this.summaries = summaries;
        this.media = media;
        this.routePage = routePage;
        this.campaign = campaign;
        this.validator = validator;
    }

    @GetMapping("/console/summaries/mine")
    @PreAuthorize("hasAuthority('plan:submit')")
    String mine(@AuthenticationPrincipal UserPrincipal user) {
        int year = campaign.current().orElseThrow(() -> BusinessException.notFound("edition.not-found")).year();
        return "redirect:/console/summaries/" + summaries.own(user.actor(), year).id();
    }

    @GetMapping("/console/summaries/{id}")
    String show(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
        ActivityPlan summary = summaries.readable(user.actor(), id);
        model.addAttribute("form", SummaryForm.of(summaries.content(summary)));
        return page(user, summary, model);
    }

    @PostMapping("/console/summaries/{id}")
    @PreAuthorize("hasAuthority('plan:submit')")
    String save(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @RequestParam(required = false) Long version,
                @RequestParam(defaultValue = "save") String action, @ModelAttribute("form") SummaryForm form, BindingResult errors,
                Model model, RedirectAttributes redirect) {
        ActivityPlan summary = summaries.readable(user.actor(), id);
        if (!errors.hasErrors()) {
            SummaryContent content = form.toContent();
            for (ConstraintViolation<SummaryContent> violation : validator.validate(content)) {
                errors.rejectValue(violation.getPropertyPath().toString(), "validation", violation.getMessage());
            }
        }
        if (!errors.hasErrors()) {
            try {
                boolean submit = "submit".equals(action);
                if (submit) {
                    summaries.saveAndSubmit(user.actor(), id, form.toContent(), version);
                } else {
                    summaries.save(user.actor(), id, form.toContent(), version);
                }
                redirect.addFlashAttribute("done", submit ? "summary.submitted" : "summary.saved");
                return "redirect:/console/summaries/" + id;
            } catch (BusinessException e) {
                FormErrors.reject(errors, e);
            }
        }
        return page(user, summary, model);
    }

    @PostMapping("/console/summaries/{id}/decision")
    @PreAuthorize("hasAuthority('plan:review')")
    String decide(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @RequestParam Decision decision,
                  @RequestParam(required = false) String comment, @RequestParam(required = false) Long version,
                  RedirectAttributes redirect) {
        summaries.decide(user.actor(), id, decision, comment, version);
        redirect.addFlashAttribute("done", "plan.decided." + decision.name());
        return "redirect:/console/reviews";
    }

    @GetMapping("/console/summaries/{id}/compare")
    String compare(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @RequestParam int a, @RequestParam int b,
                   Model model) {
        model.addAttribute("plan", summaries.readable(user.actor(), id));
        model.addAttribute("a", a);
        model.addAttribute("b", b);
        model.addAttribute("left", summaries.version(user.actor(), id, a));
        model.addAttribute("right", summaries.version(user.actor(), id, b));
        model.addAttribute("figureNames", SummaryFigures.NAMES);
        return "plan/summary-compare";
    }

    private String page(UserPrincipal user, ActivityPlan summary, Model model) {
        routePage.addTo(model, summary, user.actor());
        model.addAttribute("figureNames", SummaryFigures.NAMES);
        model.addAttribute("media", media.of(summary));
        return "plan/summary";
    }
}
