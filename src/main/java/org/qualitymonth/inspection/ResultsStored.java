package org.qualitymonth.inspection;

import java.util.List;

/**
 * Results were stored (inserted or updated) by hand or by the demo generator (an import announces itself with
 * {@link ResultsImported}). Published in the storing transaction once per batch, so a listener after commit sees exactly what was stored; a re-import publishes
 * it again, so listeners must be idempotent.
 */
public record ResultsStored(long planId, List<Long> resultIds) {
}
