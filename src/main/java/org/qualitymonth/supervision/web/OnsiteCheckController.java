package org.qualitymonth.supervision.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.organization.UserPrincipal;
import org.qualitymonth.supervision.domain.Draw;
import org.qualitymonth.supervision.domain.DrawService;
import org.qualitymonth.supervision.domain.OnsiteCheckService;
import org.qualitymonth.supervision.domain.OnsiteCheckService.CheckRecord;
import org.qualitymonth.supervision.domain.OnsiteCheckService.Item;
import org.qualitymonth.supervision.domain.OnsiteCheckService.Rating;
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

/** The drawing authority records on-site checks; the checked unit answers their rectification items. */
@Controller
class OnsiteCheckController {

    private static final int ITEM_SLOTS = 5;

    private final DrawService draws;
    private final OnsiteCheckService checks;
    private final OrganizationLookup organizations;

    OnsiteCheckController(DrawService draws, OnsiteCheckService checks, OrganizationLookup organizations) {
        this.draws = draws;
        this.checks = checks;
        this.organizations = organizations;
    }

    @GetMapping("/console/draws/{id}")
    @PreAuthorize("hasAuthority('supervision:draw')")
    String draw(@PathVariable long id, Model model) {
        Draw draw = draws.get(id);
        model.addAttribute("draw", draw);
        model.addAttribute("checks", checks.ofDraw(id));
        model.addAttribute("names", organizations.regionNames(draw.result(), org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("slots", java.util.stream.IntStream.range(0, ITEM_SLOTS).boxed().toList());
        return "supervision/checks-draw";
    }

    @PostMapping("/console/draws/{id}/checks")
    @PreAuthorize("hasAuthority('supervision:draw')")
    String record(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @RequestParam String regionCode,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate checkedOn,
                  @RequestParam String inspectors, @RequestParam String findings, @RequestParam Rating rating,
                  @RequestParam(name = "itemContent", required = false) List<String> contents,
                  @RequestParam(name = "itemDeadline", required = false) List<String> deadlines, RedirectAttributes redirect) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; contents != null && i < contents.size(); i++) {
            String deadline = deadlines != null && i < deadlines.size() ? deadlines.get(i) : "";
            if (!contents.get(i).isBlank() || !deadline.isBlank()) {
                items.add(new Item(contents.get(i), deadline.isBlank() ? null : parse(deadline)));
            }
        }
        checks.record(user.actor(), id, regionCode, new CheckRecord(checkedOn, inspectors, findings, rating, items));
        redirect.addFlashAttribute("done", "check.recorded");
        return "redirect:/console/draws/" + id;
    }

    @GetMapping("/console/checks")
    String mine(@AuthenticationPrincipal UserPrincipal user, Model model) {
        model.addAttribute("checks", checks.ofOrganization(user.actor().organizationId()));
        return "supervision/my-checks";
    }

    @PostMapping("/console/checks/items/{itemId}/answer")
    String answer(@AuthenticationPrincipal UserPrincipal user, @PathVariable long itemId, @RequestParam String answer,
                  RedirectAttributes redirect) {
        checks.answer(user.actor(), itemId, answer);
        redirect.addFlashAttribute("done", "check.answered");
        return "redirect:/console/checks";
    }

    private static LocalDate parse(String date) {
        try {
            return LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException e) {
            throw org.qualitymonth.shared.BusinessException.invalid("check.item-invalid").onField("items");
        }
    }
}
