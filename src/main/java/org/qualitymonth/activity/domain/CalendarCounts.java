package org.qualitymonth.activity.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The calendar's counts (activities per day, per province) kept for a minute per filter: each count walks
 * every activity of the edition, and the public asks the same few questions over and over. Registering or
 * unpublishing an activity clears them, so an organiser sees their activity counted at once; searches are
 * never kept.
 */
@Component
public class CalendarCounts {

    private static final Duration KEEP = Duration.ofMinutes(1);
    private static final int MAX_ENTRIES = 2_000;

    private record Entry(Instant until, Object value) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    CalendarCounts(Clock clock) {
        this.clock = clock;
    }

    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> compute) {
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry != null && entry.until().isAfter(now)) {
            return (T) entry.value();
        }
        T value = compute.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(now.plus(KEEP), value));
        return value;
    }

    /** Forgets every count once the current transaction commits (at once without one). */
    public void clearAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    entries.clear();
                }
            });
        } else {
            entries.clear();
        }
    }
}
