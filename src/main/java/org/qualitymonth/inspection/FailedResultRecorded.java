package org.qualitymonth.inspection;

import java.time.LocalDate;

/**
 * A failed (不合格) result was stored, by an import, by hand or by the demo generator. Published in the
 * storing transaction, so it exists exactly when the result does; listeners must be idempotent, since a
 * re-import of the same row publishes it again.
 */
public record FailedResultRecorded(long resultId, long planId, String productName, String manufacturerName,
                                   String manufacturerRegion, String businessName, String businessRegion,
                                   LocalDate recordedOn) {
}
