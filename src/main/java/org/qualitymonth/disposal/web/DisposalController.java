package org.qualitymonth.disposal.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.qualitymonth.disposal.domain.DisposalTasks;
import org.qualitymonth.disposal.domain.Measure;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.organization.UserPrincipal;
import org.qualitymonth.shared.BusinessException;
import org.qualitymonth.shared.ChinaTime;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Disposal tasks of the authority's scope: counts per region, the overdue ones, and closing a task. */
@Controller
@PreAuthorize("hasAuthority('disposal:handle')")
class DisposalController {

    private final DisposalTasks tasks;
    private final OrganizationLookup organizations;
    private final java.time.Clock clock;

    DisposalController(DisposalTasks tasks, OrganizationLookup organizations, java.time.Clock clock) {
        this.tasks = tasks;
        this.organizations = organizations;
        this.clock = clock;
    }

    @GetMapping("/console/disposal")
    String console(@AuthenticationPrincipal UserPrincipal user, @RequestParam(defaultValue = "true") boolean overdue,
                   @RequestParam(required = false) String region, Model model) {
        String prefix = region != null && region.matches("\\d{2,6}") ? region : null;
        var counts = tasks.byRegion(user.actor());
        var list = tasks.list(user.actor(), overdue, prefix, 200);
        model.addAttribute("counts", counts);
        model.addAttribute("tasks", list);
        model.addAttribute("overdue", overdue);
        model.addAttribute("region", prefix);
        model.addAttribute("today", ChinaTime.today(clock));
        model.addAttribute("regionNames", organizations.regionNames(
                counts.stream().map(DisposalTasks.RegionCount::regionCode).toList(), LocaleContextHolder.getLocale()));
        return "disposal/console";
    }

    @GetMapping("/console/disposal/{id}")
    String task(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
        var task = tasks.get(user.actor(), id);
        model.addAttribute("task", task);
        model.addAttribute("measures", Measure.values());
        model.addAttribute("today", ChinaTime.today(clock));
        model.addAttribute("authority", organizations.names(List.of(task.authorityId())).get(task.authorityId()));
        return "disposal/task";
    }

    @PostMapping("/console/disposal/{id}/close")
    String close(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
                 @RequestParam(required = false) List<Measure> measures, @RequestParam(required = false) String evidence,
                 RedirectAttributes redirect) {
        Set<Measure> chosen = measures == null || measures.isEmpty() ? Set.of() : EnumSet.copyOf(measures);
        try {
            tasks.close(user.actor(), id, chosen, evidence);
            redirect.addFlashAttribute("done", "disposal.closed.done");
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("closeError", e.messageKey());
        }
        return "redirect:/console/disposal/" + id;
    }
}
