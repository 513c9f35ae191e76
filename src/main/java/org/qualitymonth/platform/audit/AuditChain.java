package org.qualitymonth.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash that links an audit entry to its predecessor: SHA-256 over the previous hash and every field
 * of the entry, separated so that no two different entries produce the same input.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String hash(String previousHash, AuditEntry entry) {
        String input = String.join("\u001F", previousHash, Long.toString(entry.seq()), entry.at().toString(),
                entry.actor(), entry.action(), entry.entityType(), entry.entityId(),
                nullSafe(entry.before()), nullSafe(entry.after()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String nullSafe(String value) {
        return value == null ? "\u0000" : value;
    }
}
