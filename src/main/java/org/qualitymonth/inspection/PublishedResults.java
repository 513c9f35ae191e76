package org.qualitymonth.inspection;

import java.util.Collection;
import java.util.function.Consumer;

/**
 * Streams the results of announced plans (whatever the announcement date, so a reader can tell when each becomes
 * public), row by row from the database: a caller never holds more than it keeps itself.
 */
public interface PublishedResults {

    /** Every result of every announced plan, by result id. */
    void forEach(Consumer<PublishedResult> action);

    /** The results of one plan, if it is announced. */
    void forEachOfPlan(long planId, Consumer<PublishedResult> action);

    /** The given results, those of them whose plan is announced. */
    void forEachOf(Collection<Long> resultIds, Consumer<PublishedResult> action);

    /** The results an import stored (those it last wrote), if their plan is announced. */
    void forEachOfImport(long jobId, Consumer<PublishedResult> action);

    /** Ids of all results of a plan, announced or not. */
    void forEachIdOfPlan(long planId, Consumer<Long> action);

    /** How many results announced plans have. */
    long count();
}
