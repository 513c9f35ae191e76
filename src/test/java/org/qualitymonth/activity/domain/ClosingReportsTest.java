package org.qualitymonth.activity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.qualitymonth.activity.ActivityType;
import org.qualitymonth.media.MediaLibrary;
import org.qualitymonth.organization.Actor;
import org.qualitymonth.platform.AuditLog;
import org.qualitymonth.shared.BusinessException;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A report cannot be filed before its activity has ended (on a clock set inside the activity). */
@IntegrationTest
class ClosingReportsTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ActivityService activities;
    @Autowired
    MediaLibrary media;
    @Autowired
    AuditLog audit;
    @Autowired
    TestData data;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void notBeforeTheActivityHasEnded() {
        Actor organiser = data.user("hangzhou.admin").actor();
        long id = activities.register(organiser, new ActivityData("杭州市质量月闭幕式（时间测试）", ActivityType.PUBLICITY, 3,
                LocalDateTime.of(2026, 9, 30, 14, 0), LocalDateTime.of(2026, 9, 30, 16, 0), "330102", "杭州市民中心", null, null,
                "闭幕式", false, null));
        Clock during = Clock.fixed(Instant.parse("2026-09-30T07:00:00Z"), ZoneOffset.UTC); // 15:00 in Beijing
        ClosingReports reports = new ClosingReports(jdbc, activities, media, audit, during);
        ReportData figures = new ReportData(100, 3, null, 0, 50, null);
        var tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> reports.file(organiser, id, figures)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("report.not-ended"));
        assertThat(reports.inScope(organiser, id)).isEmpty();
        ClosingReports after = new ClosingReports(jdbc, activities, media, audit, Clock.offset(during, java.time.Duration.ofHours(2)));
        tx.executeWithoutResult(s -> after.file(organiser, id, figures));
        assertThat(reports.inScope(organiser, id)).hasValueSatisfying(r -> assertThat(r.data().attendance()).isEqualTo(100));
    }
}
