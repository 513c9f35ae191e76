package org.qualitymonth.search.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.qualitymonth.inspection.PublishedResult;
import org.qualitymonth.inspection.PublishedResults;
import org.qualitymonth.shared.Batches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Writes published results into the index a batch at a time: the results of a stored batch, of an announced plan,
 * or all of them (a rebuild, streamed from the database). A withdrawn plan's results are deleted.
 */
@Service
public class ResultIndexer {

    private static final Logger log = LoggerFactory.getLogger(ResultIndexer.class);

    private final SearchIndex index;
    private final PublishedResults results;
    private final ResultDocuments documents;
    private final int batchSize;
    private final AtomicBoolean rebuilding = new AtomicBoolean();

    ResultIndexer(SearchIndex index, PublishedResults results, ResultDocuments documents, SearchProperties properties) {
        this.index = index;
        this.results = results;
        this.documents = documents;
        this.batchSize = Math.max(1, properties.batchSize());
    }

    /** Indexes these results as they are now; those not (or no longer) published leave the index. */
    public void update(Collection<Long> resultIds) {
        Set<Long> missing = new HashSet<>(resultIds);
        inBatches(consumer -> results.forEachOf(resultIds, r -> {
            missing.remove(r.resultId());
            consumer.accept(r);
        }), false);
        delete(missing);
    }

    public void indexPlan(long planId) {
        inBatches(consumer -> results.forEachOfPlan(planId, consumer), false);
    }

    /** Indexes what an import stored, if its plan is announced. */
    public void indexImport(long jobId) {
        inBatches(consumer -> results.forEachOfImport(jobId, consumer), false);
    }

    public void removePlan(long planId) {
        Batches<Long> batches = new Batches<>(batchSize, this::delete);
        results.forEachIdOfPlan(planId, batches);
        batches.flush();
    }

    /** Empties the index and fills it again from the database; false if a rebuild is already running. */
    public boolean rebuild() {
        if (!rebuilding.compareAndSet(false, true)) {
            return false;
        }
        try {
            long started = System.nanoTime();
            index.mapping().scope(ResultDocument.class).workspace().purge();
            long count = inBatches(results::forEach, true);
            index.markCurrent();
            log.info("Search index rebuilt: {} results in {} ms", count, (System.nanoTime() - started) / 1_000_000);
            return true;
        } finally {
            rebuilding.set(false);
        }
    }

    public boolean rebuilding() {
        return rebuilding.get();
    }

    private long inBatches(Consumer<Consumer<PublishedResult>> source, boolean bulk) {
        IndexWriting writing = bulk ? new IndexWriting(index) : null;
        long[] count = {0};
        Batches<PublishedResult> batches = new Batches<>(batchSize, batch -> count[0] += write(batch, writing));
        source.accept(batches);
        batches.flush();
        if (writing != null) {
            writing.finish();
        }
        return count[0];
    }

    private int write(List<PublishedResult> batch, IndexWriting writing) {
        if (batch.isEmpty()) {
            return 0;
        }
        List<ResultDocument> docs = documents.of(batch);
        if (writing != null) {
            writing.add(docs);
        } else {
            index.announcing(docs);
            try (SearchSession session = index.mapping().createSession()) {
                docs.forEach(session.indexingPlan()::addOrUpdate);
            }
        }
        return docs.size();
    }

    private void delete(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try (SearchSession session = index.mapping().createSession()) {
            ids.forEach(id -> session.indexingPlan().purge(ResultDocument.class, id, null));
        }
    }
}
