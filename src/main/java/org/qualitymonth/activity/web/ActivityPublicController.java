package org.qualitymonth.activity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.qualitymonth.activity.ActivityType;
import org.qualitymonth.activity.domain.ActivityService;
import org.qualitymonth.activity.domain.ActivityView;
import org.qualitymonth.activity.domain.IcsCalendar;
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

/** The public calendar of activities: by month, type and province; a page and an .ics file per activity. */
@Controller
class ActivityPublicController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final ActivityService activities;
    private final org.qualitymonth.activity.domain.SignupService signups;
    private final CampaignCatalog campaign;
    private final OrganizationLookup organizations;
    private final Clock clock;
    private final org.qualitymonth.activity.domain.ClosingReports reports;
    private final org.qualitymonth.activity.domain.ActivityCovers covers;

    ActivityPublicController(ActivityService activities, org.qualitymonth.activity.domain.SignupService signups,
                             CampaignCatalog campaign, OrganizationLookup organizations, Clock clock,
                             org.qualitymonth.activity.domain.ClosingReports reports, org.qualitymonth.activity.domain.ActivityCovers covers) {
        this.reports = reports;
        this.covers = covers;
        this.activities = activities;
        this.signups = signups;
        this.campaign = campaign;
        this.organizations = organizations;
        this.clock = clock;
    }

    @GetMapping("/activities")
    String calendar(@RequestParam(required = false) String month, @RequestParam(required = false) ActivityType type,
                    @RequestParam(required = false) String province, Model model) {
        int year = campaign.current().map(e -> e.year()).orElse(ChinaTime.today(clock).getYear());
        YearMonth shown = month == null || month.isBlank() ? YearMonth.of(year, 9) : parseMonth(month);
        String provinceCode = province == null || province.isBlank() ? null : checkedProvince(province);
        List<ActivityView> list = activities.calendar(shown.atDay(1), shown.plusMonths(1).atDay(1), type, provinceCode, 500);
        Map<LocalDate, List<ActivityView>> byDay = list.stream().collect(Collectors.groupingBy(
                a -> ChinaTime.dateOf(a.startsAt()), TreeMap::new, Collectors.toList()));
        Map<String, Long> counts = activities.countsByProvince(year);
        model.addAttribute("month", shown);
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        model.addAttribute("byDay", byDay);
        model.addAttribute("total", list.size());
        model.addAttribute("covers", covers.of(list.stream().map(ActivityView::id).toList()));
        model.addAttribute("types", ActivityType.values());
        model.addAttribute("type", type);
        model.addAttribute("province", provinceCode);
        model.addAttribute("counts", counts);
        Map<String, String> provinceNames = organizations.regionNames(organizations.regionsWithAuthorityBelow(null),
                LocaleContextHolder.getLocale());
        model.addAttribute("provinceNames", provinceNames);
        model.addAttribute("countNames", counts.keySet().stream().map(code -> provinceNames.getOrDefault(code, code)).toList());
        return "activity/calendar";
    }

    @GetMapping("/activities/{id}")
    String activity(@PathVariable long id, Model model) {
        ActivityView activity = activities.published(id);
        model.addAttribute("activity", activity);
        model.addAttribute("seatsTaken", activity.openSignup() ? signups.confirmedCount(id) : 0);
        model.addAttribute("report", reports.published(id).orElse(null));
        model.addAttribute("cover", covers.of(id).orElse(null));
        model.addAttribute("regionName", organizations.regionNames(List.of(activity.regionCode()), LocaleContextHolder.getLocale())
                .getOrDefault(activity.regionCode(), activity.regionCode()));
        return "activity/activity";
    }

    @org.springframework.web.bind.annotation.PostMapping("/activities/{id}/signup")
    String signUp(@PathVariable long id, @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String contact,
                  org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        try {
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

    private static YearMonth parseMonth(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid("bad-request");
        }
    }

    private static String checkedProvince(String province) {
        if (!RegionCode.isWellFormed(province) || new RegionCode(province).level() != RegionCode.Level.PROVINCE) {
            throw BusinessException.invalid("region.format");
        }
        return province;
    }
}
