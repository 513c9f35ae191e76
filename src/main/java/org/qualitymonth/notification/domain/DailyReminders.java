package org.qualitymonth.notification.domain;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.qualitymonth.campaign.CampaignCatalog;
import org.qualitymonth.plan.PlanQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day, reminds organisations whose plan is due within three days or overdue. The day's row in
 * {@code reminder_run} is claimed with an insert that only one instance can win, in the same transaction
 * as the reminders, so two instances on one database never remind twice and a failed run can be retried.
 */
@Component
public class DailyReminders {

    private static final Logger log = LoggerFactory.getLogger(DailyReminders.class);
    static final ZoneId CHINA = org.qualitymonth.shared.ChinaTime.ZONE;

    private final JdbcClient jdbc;
    private final PlanQueries plans;
    private final CampaignCatalog campaign;
    private final Notifier notifier;
    private final Clock clock;

    DailyReminders(JdbcClient jdbc, PlanQueries plans, CampaignCatalog campaign, Notifier notifier, Clock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
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
        List<PlanQueries.PendingPlan> pending = plans.notSubmittedDueBy(year, today.plusDays(3));
        for (PlanQueries.PendingPlan plan : pending) {
            String key = plan.dueOn().isBefore(today) ? "notification.plan.overdue" : "notification.plan.due";
            notifier.notifyOrganization(plan.organizationId(), key, List.of(plan.dueOn().toString()), "/console/plans/mine");
        }
        log.info("Reminded {} organisations of plans due by {}", pending.size(), today.plusDays(3));
        return pending.size();
    }
}
