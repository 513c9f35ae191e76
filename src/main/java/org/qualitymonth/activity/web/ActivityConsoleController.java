package org.qualitymonth.activity.web;

import jakarta.validation.Valid;
import org.qualitymonth.activity.ActivityType;
import org.qualitymonth.activity.domain.ActivityData;
import org.qualitymonth.activity.domain.ActivityService;
import org.qualitymonth.organization.UserPrincipal;
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

/** Registering activities, and unpublishing those in the authority's scope that should not be shown. */
@Controller
class ActivityConsoleController {

    private final ActivityService activities;
    private final org.qualitymonth.activity.domain.SignupService signups;
    private final org.springframework.context.MessageSource messages;
    private final org.qualitymonth.activity.domain.ActivityCovers covers;

    ActivityConsoleController(ActivityService activities, org.qualitymonth.activity.domain.SignupService signups,
                              org.springframework.context.MessageSource messages, org.qualitymonth.activity.domain.ActivityCovers covers) {
        this.activities = activities;
        this.covers = covers;
        this.signups = signups;
        this.messages = messages;
    }

    @GetMapping("/console/activities")
    @PreAuthorize("hasAuthority('activity:register')")
    String list(@AuthenticationPrincipal UserPrincipal user, Model model) {
        model.addAttribute("activities", activities.inScope(user.actor(), 200));
        return "activity/console";
    }

    @GetMapping("/console/activities/new")
    @PreAuthorize("hasAuthority('activity:register')")
    String create(Model model) {
        model.addAttribute("activity", new ActivityData(null, ActivityType.PUBLICITY, 3, null, null, null, null, null, null, null, false, null));
        model.addAttribute("types", ActivityType.values());
        return "activity/form";
    }

    @PostMapping("/console/activities")
    @PreAuthorize("hasAuthority('activity:register')")
    String register(@AuthenticationPrincipal UserPrincipal user, @Valid @ModelAttribute("activity") ActivityData data,
                    BindingResult errors, @RequestParam(required = false) org.springframework.web.multipart.MultipartFile cover,
                    Model model, RedirectAttributes redirect) throws java.io.IOException {
        if (!errors.hasErrors()) {
            try {
                long id;
                if (cover == null || cover.isEmpty()) {
                    id = activities.register(user.actor(), data);
                } else {
                    try (java.io.InputStream in = cover.getInputStream()) {
                        id = covers.registerWithCover(user.actor(), data, cover.getOriginalFilename(), in);
                    }
                }
                return "redirect:/activities/" + id;
            } catch (BusinessException e) {
                FormErrors.reject(errors, e);
            }
        }
        model.addAttribute("types", ActivityType.values());
        return "activity/form";
    }

    @GetMapping("/console/activities/{id}/signups")
    @PreAuthorize("hasAuthority('activity:register')")
    String signups(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
        model.addAttribute("activity", activities.inScope(user.actor(), id));
        model.addAttribute("signups", signups.list(id));
        return "activity/signups";
    }

    @GetMapping("/console/activities/{id}/signups.xlsx")
    @PreAuthorize("hasAuthority('activity:register')")
    void exportSignups(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
                       jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        activities.inScope(user.actor(), id);
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        org.qualitymonth.platform.ExcelExport.prepare(response, "signups-" + id + ".xlsx");
        org.qualitymonth.platform.ExcelExport.write(response.getOutputStream(), messages.getMessage("signup.list", null, locale),
                java.util.stream.Stream.of("signup.name", "signup.contact", "signup.code", "signup.status")
                        .map(key -> messages.getMessage(key, null, locale)).toList(),
                signups.list(id).stream(), e -> java.util.List.of(e.name(), e.contact(), e.code(),
                        messages.getMessage("signup.status." + e.status(), null, locale)));
    }

    @PostMapping("/console/activities/{id}/unpublish")
    @PreAuthorize("hasAuthority('activity:moderate')")
    String unpublish(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @RequestParam String reason,
                     RedirectAttributes redirect) {
        activities.unpublish(user.actor(), id, reason);
        redirect.addFlashAttribute("done", "activity.unpublished");
        return "redirect:/console/activities";
    }
}
