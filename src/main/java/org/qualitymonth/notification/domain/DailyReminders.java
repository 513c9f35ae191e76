package org.qualitymonth.notification.domain;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.qualitymonth.campaign.CampaignCatalog;
import org.qualitymonth.organization.Role;
import org.qualitymonth.plan.PlanQueries;
import org.qualitymonth.plan.SummaryQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day, reminds organisations whose plan or summary is due within three days or overdue. The day's row in
 * {@code reminder_run} is claimed with an insert that only one instance can win, in the same transaction
 * as the reminders, so two instances on one database never remind twice and a failed run can be retried.
 */
@Component
public class DailyReminders {

    private static final Logger log = LoggerFactory.getLogger(DailyReminders.class);
    static final ZoneId CHINA = org.qualitymonth.shared.ChinaTime.ZONE;

    private final JdbcClient jdbc;
    private final PlanQueries plans;
    private final SummaryQueries summaries;
    private final CampaignCatalog campaign;
    private final Notifier notifier;
    private final Clock clock;

    DailyReminders(JdbcClient jdbc, PlanQueries plans, SummaryQueries summaries, CampaignCatalog campaign, Notifier notifier,
                   Clock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.summaries = summaries;
        this.campaign = campaign;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Scheduled(cron = "${qm.notification.reminder-cron:0 0 8 * * *}", zone = "Asia/Shanghai")
    public void daily() {
        run(LocalDate.now(clock.withZone(CHINA)));
    }

    /** Sends the day's reminders unless another run (here or on another instance) already claimed the day. */
    @Transactional
    public int run(LocalDate today) {
        int claimed = jdbc.sql("insert into reminder_run (run_date, instance) values (?, ?) on conflict (run_date) do nothing")
                .params(today, ManagementFactory.getRuntimeMXBean().getName()).update();
        if (claimed == 0) {
            return 0;
        }
        int year = campaign.current().map(e -> e.year()).orElse(today.getYear());
        int plansDue = remind(plans.notSubmittedDueBy(year, today.plusDays(3)), "plan", "/console/plans/mine", today);
        int summariesDue = remind(summaries.notSubmittedDueBy(year, today.plusDays(3)), "summary", "/console/summaries/mine", today);
        log.info("Reminded {} organisations of plans and {} of summaries due by {}", plansDue, summariesDue, today.plusDays(3));
        return plansDue + summariesDue;
    }

    private int remind(List<PlanQueries.PendingPlan> pending, String kind, String link, LocalDate today) {
        for (PlanQueries.PendingPlan item : pending) {
            String key = "notification." + kind + (item.dueOn().isBefore(today) ? ".overdue" : ".due");
            notifier.notifyOrganization(item.organizationId(), Role.Permission.PLAN_SUBMIT, key, List.of(item.dueOn().toString()), link);
        }
        return pending.size();
    }
}
