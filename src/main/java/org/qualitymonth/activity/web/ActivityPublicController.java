package org.qualitymonth.activity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.qualitymonth.activity.domain.ActivityCovers;
import org.qualitymonth.activity.domain.ActivityService;
import org.qualitymonth.activity.domain.ActivityView;
import org.qualitymonth.activity.domain.ClosingReports;
import org.qualitymonth.activity.domain.IcsCalendar;
import org.qualitymonth.activity.domain.RichText;
import org.qualitymonth.activity.domain.SignupLimiter;
import org.qualitymonth.activity.domain.SignupService;
import org.qualitymonth.campaign.CampaignCatalog;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.shared.BusinessException;
import org.qualitymonth.shared.ChinaTime;
import org.qualitymonth.shared.RegionCode;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A public page and an .ics file per activity, sign-up from the page, and a calendar feed per province. */
@Controller
class ActivityPublicController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final ActivityService activities;
    private final SignupService signups;
    private final SignupLimiter limiter;
    private final CampaignCatalog campaign;
    private final OrganizationLookup organizations;
    private final Clock clock;
    private final ClosingReports reports;
    private final ActivityCovers covers;

    ActivityPublicController(ActivityService activities, SignupService signups,
                             SignupLimiter limiter, CampaignCatalog campaign,
                             OrganizationLookup organizations, Clock clock,
                             ClosingReports reports, ActivityCovers covers) {
        this.activities = activities;
        this.signups = signups;
        this.limiter = limiter;
        this.campaign = campaign;
        this.organizations = organizations;
        this.clock = clock;
        this.reports = reports;
        this.covers = covers;
    }

    @GetMapping("/activities/{id}")
    String activity(@PathVariable long id, Model model) {
        ActivityView activity = activities.published(id);
        model.addAttribute("activity", activity);
        model.addAttribute("descriptionHtml", RichText.html(activity.description()));
        model.addAttribute("seatsTaken", activity.openSignup() ? signups.confirmedCount(id) : 0);
        model.addAttribute("report", reports.published(id).orElse(null));
        model.addAttribute("cover", covers.of(id).orElse(null));
        model.addAttribute("regionName", organizations.regionNames(List.of(activity.regionCode()), LocaleContextHolder.getLocale())
                .getOrDefault(activity.regionCode(), activity.regionCode()));
        return "activity/activity";
    }

    @org.springframework.web.bind.annotation.PostMapping("/activities/{id}/signup")
    String signUp(@PathVariable long id, @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String contact,
                  jakarta.servlet.http.HttpServletRequest request, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        try {
            limiter.check(request.getRemoteAddr());
            redirect.addFlashAttribute("signup", signups.signUp(id, name, contact));
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("signupError", e.messageKey());
        }
        return "redirect:/activities/" + id;
    }

    @org.springframework.web.bind.annotation.PostMapping("/activities/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(defaultValue = "") String code,
                  org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        try {
            signups.cancel(id, code);
            redirect.addFlashAttribute("cancelled", true);
        } catch (BusinessException e) {
            redirect.addFlashAttribute("signupError", e.messageKey());
        }
        return "redirect:/activities/" + id;
    }

    @GetMapping("/activities/{id}.ics")
    ResponseEntity<String> ics(@PathVariable long id) {
        ActivityView activity = activities.published(id);
        return ResponseEntity.ok().contentType(CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"activity-" + id + ".ics\"")
                .body(IcsCalendar.write(activity.title(), List.of(activity), baseUrl(), clock.instant()));
    }

    @GetMapping("/activities/feed/{province}.ics")
    ResponseEntity<String> feed(@PathVariable String province) {
        String code = checkedProvince(province);
        int year = campaign.current().map(e -> e.year()).orElse(ChinaTime.today(clock).getYear());
        List<ActivityView> list = activities.calendar(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), null, code, 2000);
        String name = organizations.regionNames(List.of(code), java.util.Locale.SIMPLIFIED_CHINESE).getOrDefault(code, code);
        return ResponseEntity.ok().contentType(CALENDAR).body(IcsCalendar.write(name, list, baseUrl(), clock.instant()));
    }

    private static String baseUrl() {
        return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }

    private static String checkedProvince(String province) {
        if (!RegionCode.isWellFormed(province) || new RegionCode(province).level() != RegionCode.Level.PROVINCE) {
            throw BusinessException.invalid("region.format");
        }
        return province;
    }
}
