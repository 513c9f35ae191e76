package org.qualitymonth.disposal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.List;
import java.util.Set;
import org.qualitymonth.disposal.domain.DisposalTasks;
import org.qualitymonth.disposal.domain.Measure;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.organization.UserPrincipal;
import org.qualitymonth.platform.ExcelExport;
import org.qualitymonth.shared.BusinessException;
import org.qualitymonth.shared.ChinaTime;
import org.springframework.context.MessageSource;
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

/**
 * The dashboard of disposal tasks in the authority's scope (INSP-3): open and overdue tasks per region with a chart,
 * the overdue list and its Excel download, and closing a task.
 */
@Controller
@PreAuthorize("hasAuthority('disposal:handle')")
class DisposalController {

    /** Most overdue tasks one download lists; a scope with more is a matter for the region filter. */
    static final int EXPORT_LIMIT = 50_000;

    private final DisposalTasks tasks;
    private final OrganizationLookup organizations;
    private final java.time.Clock clock;
    private final MessageSource messages;

    DisposalController(DisposalTasks tasks, OrganizationLookup organizations, java.time.Clock clock, MessageSource messages) {
        this.tasks = tasks;
        this.organizations = organizations;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/console/disposal")
    String console(@AuthenticationPrincipal UserPrincipal user, @RequestParam(defaultValue = "true") boolean overdue,
                   @RequestParam(required = false) String region, Model model) {
        String prefix = regionPrefix(region);
        var counts = tasks.byRegion(user.actor());
        var list = tasks.list(user.actor(), overdue, prefix, 200);
        model.addAttribute("counts", counts);
        model.addAttribute("tasks", list);
        model.addAttribute("overdue", overdue);
        model.addAttribute("region", prefix);
        model.addAttribute("today", ChinaTime.today(clock));
        Map<String, String> names = organizations.regionNames(
                counts.stream().map(DisposalTasks.RegionCount::regionCode).toList(), LocaleContextHolder.getLocale());
        model.addAttribute("regionNames", names);
        model.addAttribute("chartLabels", counts.stream().map(c -> names.getOrDefault(c.regionCode(), c.regionCode())).toList());
        return "disposal/console";
    }

    @GetMapping("/console/disposal/overdue.xlsx")
    void overdueExcel(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String region,
                      HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        LocalDate today = ChinaTime.today(clock);
        List<DisposalTasks.TaskView> overdue = tasks.list(user.actor(), true, regionPrefix(region), EXPORT_LIMIT);
        Map<String, String> regions = organizations.regionNames(overdue.stream().map(DisposalTasks.TaskView::regionCode)
                .filter(java.util.Objects::nonNull).distinct().toList(), locale);
        Map<Long, String> authorities = organizations.names(overdue.stream().map(DisposalTasks.TaskView::authorityId)
                .distinct().toList());
        ExcelExport.prepare(response, "overdue-disposal-tasks.xlsx");
        ExcelExport.write(response.getOutputStream(), text("disposal.overdueTasks", locale), COLUMNS.stream()
                .map(key -> text(key, locale)).toList(), overdue.stream(), t -> List.of(
                regions.getOrDefault(t.regionCode(), Objects.toString(t.regionCode(), "")), authorities.getOrDefault(t.authorityId(), ""),
                t.productName(), Objects.toString(t.partyName(), ""), text("disposal.party." + t.party(), locale),
                t.openedOn(), t.deadline(), ChronoUnit.DAYS.between(t.deadline(), today)));
    }

    private static final List<String> COLUMNS = List.of("disposal.region", "disposal.authority", "disposal.product",
            "disposal.party", "disposal.partyType", "disposal.openedOn", "disposal.deadline", "disposal.daysOverdue");

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** A region code prefix of 2 to 6 digits, else no region filter. */
    private static String regionPrefix(String region) {
        return region != null && region.matches("\\d{2,6}") ? region : null;
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
