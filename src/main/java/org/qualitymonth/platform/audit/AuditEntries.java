package org.qualitymonth.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit log: filtered pages for people, a streamed walk in order for the verifier. */
@Component
class AuditEntries {

    private final JdbcClient jdbc;

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Filter(String actor, String entityType, String action, LocalDate from, LocalDate to) {
    }

    @Transactional(readOnly = true)
    List<AuditEntry> page(Filter filter, int page, int size) {
        StringBuilder sql = new StringBuilder("select * from audit_entry where 1=1");
        List<Object> params = new ArrayList<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            sql.append(" and actor = ?");
            params.add(filter.actor().strip());
        }
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            sql.append(" and entity_type = ?");
            params.add(filter.entityType().strip());
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            sql.append(" and action = ?");
            params.add(filter.action().strip());
        }
        if (filter.from() != null) {
            sql.append(" and at >= ?");
            params.add(java.sql.Timestamp.from(filter.from().atStartOfDay().toInstant(ZoneOffset.ofHours(8))));
        }
        if (filter.to() != null) {
            sql.append(" and at < ?");
            params.add(java.sql.Timestamp.from(filter.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.ofHours(8))));
        }
        sql.append(" order by seq desc limit ? offset ?");
        params.add(size + 1);
        params.add((long) page * size);
        return jdbc.sql(sql.toString()).params(params).query(AuditEntries::map).list();
    }

    @Transactional(readOnly = true)
    void walk(Consumer<AuditEntry> consumer) {
        try (var rows = jdbc.sql("select * from audit_entry order by seq").withFetchSize(500).query(AuditEntries::map).stream()) {
            rows.forEach(consumer);
        }
    }

    @Transactional(readOnly = true)
    long count() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getString("before_json"), rs.getString("after_json"), rs.getString("previous_hash"), rs.getString("hash"));
    }
}
