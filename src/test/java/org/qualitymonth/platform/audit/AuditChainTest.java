package org.qualitymonth.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private final AuditEntry entry = new AuditEntry(7, Instant.parse("2026-09-01T08:00:00.123456Z"), "admin",
            "organization.update", "organization", "42", "{\"name\":\"旧名\"}", "{\"name\":\"新名\"}", AuditChain.GENESIS, null);

    @Test
    void sameEntrySameHash() {
        assertThat(AuditChain.hash(AuditChain.GENESIS, entry)).isEqualTo(AuditChain.hash(AuditChain.GENESIS, entry)).hasSize(64);
    }

    @Test
    void anyChangedFieldOrPredecessorChangesTheHash() {
        String original = AuditChain.hash(AuditChain.GENESIS, entry);
        AuditEntry edited = new AuditEntry(7, entry.at(), "admin", "organization.update", "organization", "42",
                "{\"name\":\"旧名\"}", "{\"name\":\"改名\"}", AuditChain.GENESIS, null);
        assertThat(AuditChain.hash(AuditChain.GENESIS, edited)).isNotEqualTo(original);
        assertThat(AuditChain.hash("f".repeat(64), entry)).isNotEqualTo(original);
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        AuditEntry a = new AuditEntry(1, entry.at(), "ab", "c", "t", "1", null, null, AuditChain.GENESIS, null);
        AuditEntry b = new AuditEntry(1, entry.at(), "a", "bc", "t", "1", null, null, AuditChain.GENESIS, null);
        assertThat(AuditChain.hash(AuditChain.GENESIS, a)).isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, b));
    }
}
