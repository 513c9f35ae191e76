package org.qualitymonth.activity.domain;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.qualitymonth.shared.ChinaTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public calendar's questions (ACT-2): per day of a month or week, how many activities and the first
 * few of them; a page of activities in time order or, when searching, by relevance; counts per province
 * for the map. Each answer is one or two indexed queries, whatever the number of activities.
 */
@Service
@Transactional(readOnly = true)
public class ActivityCalendar {

    /** One day of a grid: how many activities it holds and the first few, in time order. */
    public record Day(LocalDate date, long count, List<ActivityView> first) {

        public long more() {
            return count - first.size();
        }
    }

    /**
     * One page of a list. {@code capped}: a search matched more than {@link #SEARCH_CAP} activities, and
     * {@code total} is the cap: only that many were ranked.
     */
    public record Page(List<ActivityView> items, long total, boolean capped, int number, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** At most this many activities matching a search are counted and ranked. */
    public static final int SEARCH_CAP = 1_000;

    /** Beijing days from :from to :to (China keeps no daylight saving time, so a day is 24 hours). */
    private static final String DAYS =
            "generate_series(cast(:from as timestamptz), cast(:to as timestamptz) - interval '1 hour', interval '24 hours') d(t)";

    private static final String RANGE = " and a.starts_at >= :from and a.starts_at < :to";

    private final JdbcClient jdbc;
    private final ActivityService activities;
    private final CalendarCounts cache;

    ActivityCalendar(JdbcClient jdbc, ActivityService activities, CalendarCounts cache) {
        this.jdbc = jdbc;
        this.activities = activities;
        this.cache = cache;
    }

    /** Every day in [from, to) with its count and at most {@code perDay} activities. */
    public Map<LocalDate, Day> days(LocalDate from, LocalDate to, CalendarFilter filter, int perDay) {
        CalendarFilter.Condition where = filter.condition(true);
        Map<LocalDate, Long> counts = counted("days|" + from + "|" + to + "|" + filter, filter, () -> dayCounts(from, to, where));
        Map<LocalDate, List<ActivityView>> first = new TreeMap<>();
        // the first few ids per day from the index alone (filters use its included columns), then those rows only
        jdbc.sql("select a.* from " + DAYS + " cross join lateral (select a.id from activity a where " + where.sql()
                        + " and a.starts_at >= d.t and a.starts_at < d.t + interval '24 hours' order by a.starts_at, a.id limit :per) f"
                        + " join activity a on a.id = f.id order by a.starts_at, a.id")
                .params(where.params()).param("from", start(from)).param("to", start(to)).param("per", perDay)
                .query(ActivityService::map).list()
                .forEach(a -> first.computeIfAbsent(ChinaTime.dateOf(a.startsAt()), d -> new ArrayList<>()).add(a));
        Map<LocalDate, Day> days = new LinkedHashMap<>();
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            days.put(day, new Day(day, counts.getOrDefault(day, 0L), first.getOrDefault(day, List.of())));
        }
        return days;
    }

    private Map<LocalDate, Long> dayCounts(LocalDate from, LocalDate to, CalendarFilter.Condition where) {
        Map<LocalDate, Long> counts = new TreeMap<>();
        // one index range per day: no time-zone arithmetic on each of tens of thousands of rows
        jdbc.sql("select d.t, (select count(*) from activity a where " + where.sql()
                        + " and a.starts_at >= d.t and a.starts_at < d.t + interval '24 hours') from " + DAYS)
                .params(where.params()).param("from", start(from)).param("to", start(to))
                .query(rs -> {
                    counts.put(ChinaTime.dateOf(rs.getTimestamp(1).toInstant()), rs.getLong(2));
                });
        return counts;
    }

    /** Counts under a filter without a search are kept for a while ({@link CalendarCounts}); searches are not. */
    private <T> T counted(String key, CalendarFilter filter, java.util.function.Supplier<T> compute) {
        return filter.searching() ? compute.get() : cache.get(key, compute);
    }

    /** One page of the activities starting in [from, to): by relevance when searching, else in time order. */
    public Page list(LocalDate from, LocalDate to, CalendarFilter filter, int number, int size) {
        if (filter.searching()) {
            return searched(from, to, filter, number, size);
        }
        CalendarFilter.Condition where = filter.condition(true);
        long total = jdbc.sql("select count(*) from activity a where " + where.sql() + RANGE)
                .params(where.params()).param("from", start(from)).param("to", start(to)).query(Long.class).single();
        List<ActivityView> items = jdbc.sql("select a.* from activity a where " + where.sql() + RANGE
                        + " order by a.starts_at, a.id limit :size offset :offset")
                .params(where.params()).param("from", start(from)).param("to", start(to))
                .param("size", size).param("offset", offset(number, size))
                .query(ActivityService::map).list();
        return new Page(activities.named(items), total, false, number, size);
    }

    /**
     * A search: matches are collected up to one past the cap, in whatever order the scan finds them, and only
     * those are ranked. A word found in nearly every activity (质量) would otherwise have tens of thousands of
     * long texts matched and ranked for every page; the visitor is told to narrow the search instead.
     */
    private Page searched(LocalDate from, LocalDate to, CalendarFilter filter, int number, int size) {
        CalendarFilter.Condition where = filter.condition(true);
        String candidates = "select a.id from activity a where " + where.sql() + RANGE + " limit ";
        long found = jdbc.sql("select count(*) from (" + candidates + (SEARCH_CAP + 1) + ") c")
                .params(where.params()).param("from", start(from)).param("to", start(to)).query(Long.class).single();
        List<ActivityView> items = jdbc.sql("with c as materialized (" + candidates + SEARCH_CAP + ")"
                        + " select a.* from c join activity a on a.id = c.id order by (" + filter.rank() + ") desc, a.starts_at, a.id limit :size offset :offset")
                .params(where.params()).param("from", start(from)).param("to", start(to))
                .param("size", size).param("offset", offset(number, size))
                .query(ActivityService::map).list();
        boolean capped = found > SEARCH_CAP;
        return new Page(activities.named(items), capped ? SEARCH_CAP : found, capped, number, size);
    }

    private static long offset(int number, int size) {
        return (long) Math.max(0, number - 1) * size;
    }

    /**
     * Whether the search words match more than {@link #SEARCH_CAP} activities of the edition: too broad to
     * count per day or per province on every request (the scan stops one past the cap).
     */
    public boolean tooBroad(int year, CalendarFilter filter) {
        CalendarFilter.Condition where = filter.condition(true);
        return filter.searching() && jdbc.sql("select count(*) from (select 1 from activity a where " + where.sql()
                        + " and a.edition_year = :year limit " + (SEARCH_CAP + 1) + ") c")
                .params(where.params()).param("year", year).query(Long.class).single() > SEARCH_CAP;
    }

    /** Published activities of the edition per province (code of the province) under the filter's other parts. */
    public Map<String, Long> provinces(int year, CalendarFilter filter) {
        return counted("provinces|" + year + "|" + filter, filter, () -> provinceCounts(year, filter.condition(false)));
    }

    private Map<String, Long> provinceCounts(int year, CalendarFilter.Condition where) {
        Map<String, Long> counts = new LinkedHashMap<>();
        // counted per region in index order first, then summed per province: cheaper than a substring per row
        jdbc.sql("select substr(region_code, 1, 2) || '0000', sum(n) from (select a.region_code, count(*) n from activity a where "
                        + where.sql() + " and a.edition_year = :year group by a.region_code) r group by 1 order by 1")
                .params(where.params()).param("year", year)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    private static Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ChinaTime.ZONE).toInstant());
    }
}
