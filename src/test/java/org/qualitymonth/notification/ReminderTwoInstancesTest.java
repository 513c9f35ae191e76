package org.qualitymonth.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.qualitymonth.QualityMonthApplication;
import org.qualitymonth.notification.domain.DailyReminders;
import org.qualitymonth.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two application instances on one database send a day's reminders once, however they race. */
@IntegrationTest
class ReminderTwoInstancesTest {

    @Autowired
    DailyReminders reminders;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @Test
    void remindersGoOutOncePerDay() throws Exception {
        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(QualityMonthApplication.class)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--server.port=0",
                        "--qm.demo.enabled=false", "--spring.mail.host=localhost", "--spring.mail.port=3025",
                        "--logging.level.root=warn")) {
            DailyReminders other = second.getBean(DailyReminders.class);
            LocalDate day = LocalDate.of(2026, 8, 18);
            long before = jdbc.sql("select count(*) from notification where message_key in ('notification.plan.due', 'notification.plan.overdue')")
                    .query(Long.class).single();

            CompletableFuture<Integer> here = CompletableFuture.supplyAsync(() -> reminders.run(day));
            CompletableFuture<Integer> there = CompletableFuture.supplyAsync(() -> other.run(day));
            int first = here.get();
            int second2 = there.get();

            assertThat(Math.min(first, second2)).isZero();
            assertThat(Math.max(first, second2)).isPositive();
            assertThat(reminders.run(day)).isZero();
            assertThat(other.run(day)).isZero();
            long sent = jdbc.sql("select count(*) from notification where message_key in ('notification.plan.due', 'notification.plan.overdue')")
                    .query(Long.class).single() - before;
            long distinct = jdbc.sql("""
                    select count(*) from (select user_id from notification
                    where message_key in ('notification.plan.due', 'notification.plan.overdue') group by user_id, arguments having count(*) > 1) d""")
                    .query(Long.class).single();
            assertThat(sent).isPositive();
            assertThat(distinct).as("nobody reminded twice for the same due date").isZero();
            assertThat(reminders.run(day.plusDays(1))).as("the next day runs again").isPositive();
        }
    }
}
