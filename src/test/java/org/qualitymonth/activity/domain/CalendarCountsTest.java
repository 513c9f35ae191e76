package org.qualitymonth.activity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CalendarCountsTest {

    private Instant now = Instant.parse("2026-09-10T02:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void keepsACountForAMinuteThenCountsAgain() {
        CalendarCounts counts = new CalendarCounts(clock);
        AtomicInteger computed = new AtomicInteger();
        assertThat(counts.<Integer>get("k", computed::incrementAndGet)).isEqualTo(1);
        now = now.plus(Duration.ofSeconds(59));
        assertThat(counts.<Integer>get("k", computed::incrementAndGet)).isEqualTo(1);
        now = now.plus(Duration.ofSeconds(2));
        assertThat(counts.<Integer>get("k", computed::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void clearingOutsideATransactionForgetsAtOnce() {
        CalendarCounts counts = new CalendarCounts(clock);
        AtomicInteger computed = new AtomicInteger();
        counts.get("k", computed::incrementAndGet);
        counts.clearAfterCommit();
        assertThat(counts.<Integer>get("k", computed::incrementAndGet)).isEqualTo(2);
    }
}
