package org.qualitymonth.platform.audit;

import org.springframework.stereotype.Component;

/**
 * Walks the chain from the first entry and recomputes every hash. An edited row breaks its own hash; a
 * deleted or inserted row breaks the sequence or the link of its successor.
 */
@Component
public class AuditVerifier {

    private final AuditEntries entries;

    AuditVerifier(AuditEntries entries) {
        this.entries = entries;
    }

    /** The outcome: how many entries were checked and, if the chain is broken, where. */
    public record Result(long checked, Long brokenAtSeq, String reason) {

        public boolean intact() {
            return brokenAtSeq == null;
        }
    }

    public Result verify() {
        long[] expectedSeq = {1};
        String[] previous = {AuditChain.GENESIS};
        Result[] broken = {null};
        entries.walk(entry -> {
            if (broken[0] != null) {
                return;
            }
            if (entry.seq() != expectedSeq[0]) {
                broken[0] = new Result(expectedSeq[0] - 1, expectedSeq[0], "missing");
            } else if (!entry.previousHash().equals(previous[0])) {
                broken[0] = new Result(expectedSeq[0] - 1, entry.seq(), "link");
            } else if (!AuditChain.hash(previous[0], entry).equals(entry.hash())) {
                broken[0] = new Result(expectedSeq[0] - 1, entry.seq(), "content");
            }
            previous[0] = entry.hash();
            expectedSeq[0]++;
        });
        return broken[0] != null ? broken[0] : new Result(expectedSeq[0] - 1, null, null);
    }
}
