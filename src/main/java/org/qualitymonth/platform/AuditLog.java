package org.qualitymonth.platform;

/**
 * Records a change in the tamper-evident audit log, inside the caller's transaction: the entry exists
 * exactly when the change does. Snapshots are serialised to JSON; pass {@code null} for "none".
 */
public interface AuditLog {

    void record(String action, String entityType, String entityId, Object before, Object after);
}
