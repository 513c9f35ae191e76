package org.qualitymonth.inspection.domain;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Aggregates shown on public pages (a plan's figures, a category board) kept for a few minutes: each is a scan of up
 * to millions of results, and the public may read them a little late. Bounded, so odd keys cannot fill the heap.
 */
final class PublicFigureCache<K, V> {

    private record Entry<V>(V value, long expiresAt) {
    }

    private static final int MAX_ENTRIES = 1_000;

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;

    PublicFigureCache(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    V get(K key, Supplier<V> compute) {
        long now = System.nanoTime();
        Entry<V> entry = entries.get(key);
        if (entry != null && entry.expiresAt() - now > 0) {
            return entry.value();
        }
        V value = compute.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry<>(value, now + ttlNanos));
        return value;
    }

    void clear() {
        entries.clear();
    }
}
