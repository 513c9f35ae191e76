package org.qualitymonth.platform.audit;

import java.time.Instant;

/** One row of the audit log; {@code before}/{@code after} are JSON snapshots kept as the exact text hashed. */
record AuditEntry(long seq, Instant at, String actor, String action, String entityType, String entityId,
                  String before, String after, String previousHash, String hash) {
}
