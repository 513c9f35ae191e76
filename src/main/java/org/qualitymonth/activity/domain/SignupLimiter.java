package org.qualitymonth.activity.domain;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Sign-up spam from one client address: each address may attempt a few sign-ups per period (a token
 * bucket that refills gradually), whatever the activity. Buckets live in memory, the least recently used
 * dropped beyond a bound, so a flood of addresses cannot exhaust the heap; on several nodes each node
 * counts on its own, which still bounds one address.
 */
@Component
public class SignupLimiter {

    /**
     * @param signupLimitCapacity sign-up attempts one client address may make at once
     * @param signupLimitPeriod   time in which that many attempts are granted again
     * @param signupLimitClients  client addresses remembered at most
     */
    @ConfigurationProperties("qm.activity")
    record Properties(@DefaultValue("20") int signupLimitCapacity, @DefaultValue("PT10M") Duration signupLimitPeriod,
                      @DefaultValue("100000") int signupLimitClients) {
    }

    /** Refused because the client address made too many attempts; answered with HTTP 429. */
    public static class LimitExceeded extends org.qualitymonth.shared.BusinessException {

        LimitExceeded() {
            super(Kind.CONFLICT, "signup.rate-limited");
        }
    }

    private final Properties properties;
    private final Map<String, Bucket> buckets;

    SignupLimiter(Properties properties) {
        this.properties = properties;
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > properties.signupLimitClients();
            }
        };
    }

    /** Takes one attempt from the address's allowance, or refuses when none is left. */
    public void check(String clientAddress) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(clientAddress == null ? "" : clientAddress, address -> newBucket());
        }
        if (!bucket.tryConsume(1)) {
            throw new LimitExceeded();
        }
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(properties.signupLimitCapacity())
                .refillGreedy(properties.signupLimitCapacity(), properties.signupLimitPeriod()).build()).build();
    }
}
