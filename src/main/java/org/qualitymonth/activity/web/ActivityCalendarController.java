package org.qualitymonth.activity.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qualitymonth.activity.ActivityType;
import org.qualitymonth.activity.domain.ActivityCalendar;
import org.qualitymonth.activity.domain.ActivityCovers;
import org.qualitymonth.activity.domain.CalendarFilter;
import org.qualitymonth.campaign.CampaignCatalog;
import org.qualitymonth.organization.OrganizationLookup;
import org.qualitymonth.shared.BusinessException;
import org.qualitymonth.shared.ChinaTime;
import org.qualitymonth.shared.RegionCode;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public calendar (ACT-2) as a month grid, a week and a paged list, filtered by type, focus area,
 * province and search words; every state is a shareable address. The province tile map counts the
 * edition's activities under the same filters.
 */
@Controller
class ActivityCalendarController {

    private static final int PER_DAY_MONTH = 3;
    private static final int PER_DAY_WEEK = 8;
    private static final int PAGE_SIZE = 30;

    private final ActivityCalendar calendar;
    private final CampaignCatalog campaign;
    private final OrganizationLookup organizations;
    private final Clock clock;
    private final ActivityCovers covers;

    ActivityCalendarController(ActivityCalendar calendar, CampaignCatalog campaign, OrganizationLookup organizations, Clock clock,
                               ActivityCovers covers) {
        this.calendar = calendar;
        this.covers = covers;
        this.campaign = campaign;
        this.organizations = organizations;
        this.clock = clock;
    }

    @GetMapping("/activities")
    String calendar(@RequestParam(required = false) String view, @RequestParam(required = false) String month,
                    @RequestParam(required = false) String week, @RequestParam(required = false) String day,
                    @RequestParam(required = false) ActivityType type, @RequestParam(required = false) Integer focus,
                    @RequestParam(required = false) String province, @RequestParam(required = false) String q,
                    @RequestParam(required = false) Integer page, Model model) {
        int year = campaign.current().map(e -> e.year()).orElse(ChinaTime.today(clock).getYear());
        String provinceCode = province == null || province.isBlank() ? null : checkedProvince(province);
        if (focus != null && (focus < 1 || focus > 4)) {
            throw BusinessException.invalid("bad-request");
        }
        CalendarFilter filter = new CalendarFilter(type, focus, provinceCode, q == null ? null : q.strip());
        // a word found in nearly every activity is shown as a ranked list only; grid and map leave it out
        boolean tooBroad = calendar.tooBroad(year, filter);
        String shownView = tooBroad || view == null || view.isBlank() ? (filter.searching() ? "list" : "month") : view;
        YearMonth shownMonth = month == null || month.isBlank() ? YearMonth.of(year, 9) : parseMonth(month);
        Map<String, String> current = new LinkedHashMap<>();
        current.put("view", shownView);
        current.put("type", type == null ? null : type.name());
        current.put("focus", focus == null ? null : focus.toString());
        current.put("province", provinceCode);
        current.put("q", filter.searching() ? q.strip() : null);
        switch (shownView) {
            case "month" -> month(shownMonth, filter, current, model);
            case "week" -> week(week == null || week.isBlank() ? shownMonth.atDay(1) : parseDay(week), filter, current, model);
            case "list" -> list(shownMonth, day == null || day.isBlank() ? null : parseDay(day), page, filter, current, model);
            default -> throw BusinessException.invalid("bad-request");
        }
        CalendarLinks links = new CalendarLinks(current);
        model.addAttribute("links", links);
        model.addAttribute("previousUrl", links.with((String[]) model.getAttribute("previous")));
        model.addAttribute("nextUrl", links.with((String[]) model.getAttribute("next")));
        model.addAttribute("view", shownView);
        model.addAttribute("filter", filter);
        model.addAttribute("types", ActivityType.values());
        model.addAttribute("focusAreas", List.of(1, 2, 3, 4));
        Map<String, String> provinceNames = organizations.regionNames(organizations.regionsWithAuthorityBelow(null),
                LocaleContextHolder.getLocale());
        model.addAttribute("provinceNames", provinceNames);
        model.addAttribute("tooBroad", tooBroad);
        Map<String, Long> found = calendar.provinces(year, tooBroad ? filter.withoutQuery() : filter);
        Map<String, Long> counts = new LinkedHashMap<>(); // every province, so the map keeps its shape when few match
        provinceNames.keySet().stream().sorted().forEach(code -> counts.put(code, found.getOrDefault(code, 0L)));
        model.addAttribute("counts", counts);
        model.addAttribute("countNames", counts.keySet().stream().map(code -> provinceNames.getOrDefault(code, code)).toList());
        model.addAttribute("mapLink", links.with("province", "PROVINCE").replace("PROVINCE", "{code}"));
        return "activity/calendar";
    }

    private void month(YearMonth month, CalendarFilter filter, Map<String, String> current, Model model) {
        current.put("month", month.toString());
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate end = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).plusDays(1);
        List<ActivityCalendar.Day> days = new ArrayList<>(calendar.days(first, end, filter, PER_DAY_MONTH).values());
        List<List<ActivityCalendar.Day>> weeks = new ArrayList<>();
        for (int i = 0; i < days.size(); i += 7) {
            weeks.add(days.subList(i, i + 7));
        }
        model.addAttribute("month", month);
        model.addAttribute("weeks", weeks);
        model.addAttribute("total", days.stream().filter(d -> YearMonth.from(d.date()).equals(month)).mapToLong(ActivityCalendar.Day::count).sum());
        model.addAttribute("previous", new String[] {"month", month.minusMonths(1).toString()});
        model.addAttribute("next", new String[] {"month", month.plusMonths(1).toString()});
    }

    private void week(LocalDate anyDay, CalendarFilter filter, Map<String, String> current, Model model) {
        LocalDate monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        current.put("week", monday.toString());
        List<ActivityCalendar.Day> days = new ArrayList<>(calendar.days(monday, monday.plusDays(7), filter, PER_DAY_WEEK).values());
        model.addAttribute("month", YearMonth.from(monday.plusDays(3))); // the month holding most of the week
        model.addAttribute("monday", monday);
        model.addAttribute("sunday", monday.plusDays(6));
        model.addAttribute("days", days);
        model.addAttribute("total", days.stream().mapToLong(ActivityCalendar.Day::count).sum());
        model.addAttribute("previous", new String[] {"week", monday.minusWeeks(1).toString()});
        model.addAttribute("next", new String[] {"week", monday.plusWeeks(1).toString()});
    }

    private void list(YearMonth month, LocalDate day, Integer page, CalendarFilter filter, Map<String, String> current, Model model) {
        int number = page == null || page < 1 ? 1 : page;
        YearMonth shown = day == null ? month : YearMonth.from(day);
        current.put("month", shown.toString());
        current.put("day", day == null ? null : day.toString());
        LocalDate from = day == null ? shown.atDay(1) : day;
        LocalDate to = day == null ? shown.plusMonths(1).atDay(1) : day.plusDays(1);
        ActivityCalendar.Page result = calendar.list(from, to, filter, number, PAGE_SIZE);
        model.addAttribute("month", shown);
        model.addAttribute("day", day);
        model.addAttribute("result", result);
        model.addAttribute("covers", covers.of(result.items().stream().map(a -> a.id()).toList()));
        model.addAttribute("total", result.total());
        model.addAttribute("previous", day == null ? new String[] {"month", shown.minusMonths(1).toString()}
                : new String[] {"day", day.minusDays(1).toString(), "month", YearMonth.from(day.minusDays(1)).toString()});
        model.addAttribute("next", day == null ? new String[] {"month", shown.plusMonths(1).toString()}
                : new String[] {"day", day.plusDays(1).toString(), "month", YearMonth.from(day.plusDays(1)).toString()});
    }

    private static YearMonth parseMonth(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid("bad-request");
        }
    }

    private static LocalDate parseDay(String day) {
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid("bad-request");
        }
    }

    static String checkedProvince(String province) {
        if (!RegionCode.isWellFormed(province) || new RegionCode(province).level() != RegionCode.Level.PROVINCE) {
            throw BusinessException.invalid("region.format");
        }
        return province;
    }
}
