package org.qualitymonth.inspection.web;

import java.time.LocalDate;
import org.qualitymonth.inspection.Conclusion;
import org.qualitymonth.inspection.domain.Lifecycle.Step;
import org.qualitymonth.inspection.domain.LifecycleService;
import org.qualitymonth.inspection.domain.LifecycleService.StepData;
import org.qualitymonth.inspection.domain.Results;
import org.qualitymonth.organization.UserPrincipal;
import org.qualitymonth.shared.BusinessException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One result with its failed items and lifecycle, and the form for its next step. */
@Controller
@PreAuthorize("hasAuthority('inspection:read')")
class ResultController {

    private final Results results;
    private final LifecycleService lifecycle;

    ResultController(Results results, LifecycleService lifecycle) {
        this.results = results;
        this.lifecycle = lifecycle;
    }

    @GetMapping("/console/inspection/results/{id}")
    String result(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
        model.addAttribute("detail", results.get(user.actor(), id));
        model.addAttribute("steps", Step.values());
        model.addAttribute("outcomes", new Conclusion[] {Conclusion.PASS, Conclusion.FAIL});
        return "inspection/result";
    }

    @PostMapping("/console/inspection/results/{id}/steps")
    @PreAuthorize("hasAuthority('inspection:write')")
    String step(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @RequestParam Step step,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                @RequestParam(required = false) Conclusion outcome, @RequestParam(required = false) String institution,
                @RequestParam(required = false) String reportNo, @RequestParam(required = false) String note,
                RedirectAttributes redirect) {
        try {
            lifecycle.apply(user.actor(), id, new StepData(step, on, outcome, institution, reportNo, note));
            redirect.addFlashAttribute("done", "inspection.step.recorded");
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND || e.kind() == BusinessException.Kind.FORBIDDEN) {
                throw e;
            }
            redirect.addFlashAttribute("stepError", e.messageKey());
        }
        return "redirect:/console/inspection/results/" + id;
    }
}
