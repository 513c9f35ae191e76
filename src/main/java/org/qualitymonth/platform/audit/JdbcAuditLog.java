package org.qualitymonth.platform.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.qualitymonth.platform.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to the chain inside the caller's transaction. A transaction-scoped advisory lock serialises
 * appenders so each entry links to the one committed before it, and sequence numbers have no gaps.
 */
@Component
class JdbcAuditLog implements AuditLog {

    private static final long CHAIN_LOCK = 0x51_4D_41_55_44L; // "QMAUD"

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcAuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, String entityId, Object before, Object after) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleValue();
        var last = jdbc.sql("select seq, hash from audit_entry order by seq desc limit 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).optional();
        long seq = last.map(row -> (Long) row[0] + 1).orElse(1L);
        String previous = last.map(row -> (String) row[1]).orElse(AuditChain.GENESIS);
        AuditEntry draft = new AuditEntry(seq, Instant.now().truncatedTo(ChronoUnit.MICROS), actor(), action, entityType,
                entityId, toJson(before), toJson(after), previous, null);
        String hash = AuditChain.hash(previous, draft);
        jdbc.sql("""
                insert into audit_entry (seq, at, actor, action, entity_type, entity_id, before_json, after_json, previous_hash, hash)
                values (:seq, :at, :actor, :action, :type, :id, :before, :after, :previous, :hash)""")
                .param("seq", seq).param("at", java.sql.Timestamp.from(draft.at())).param("actor", draft.actor())
                .param("action", action).param("type", entityType).param("id", entityId)
                .param("before", draft.before()).param("after", draft.after())
                .param("previous", previous).param("hash", hash)
                .update();
    }

    private String toJson(Object snapshot) {
        return snapshot == null ? null : json.writeValueAsString(snapshot);
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }
}
