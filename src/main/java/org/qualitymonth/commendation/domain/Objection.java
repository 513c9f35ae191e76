package org.qualitymonth.commendation.domain;

import java.time.Instant;

/** An objection filed during the public notice, and how the administrator handled it. */
public record Objection(long id, long nominationId, String unitName, String name, String contact, String reason,
                        String status, String reply, Instant createdAt) {

    public boolean open() {
        return "OPEN".equals(status);
    }
}
