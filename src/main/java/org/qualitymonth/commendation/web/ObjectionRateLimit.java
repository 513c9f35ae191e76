package org.qualitymonth.commendation.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.qualitymonth.commendation.domain.CommendationProperties;
import org.springframework.stereotype.Component;

/**
 * Objections per client address and hour, in memory. The map is bounded: the least recently seen addresses
 * are forgotten first, so a flood of addresses cannot exhaust the heap.
 */
@Component
class ObjectionRateLimit {

    private static final int MAX_ADDRESSES = 10_000;

    private final int perHour;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    ObjectionRateLimit(CommendationProperties properties) {
        this.perHour = properties.objectionsPerHour();
    }

    /** Takes one objection from the address's allowance; false when the allowance is used up. */
    boolean tryAcquire(String address) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(address, a -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(perHour).refillIntervally(perHour, Duration.ofHours(1)).build()).build());
        }
        return bucket.tryConsume(1);
    }
}
