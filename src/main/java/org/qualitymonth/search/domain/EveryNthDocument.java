package org.qualitymonth.search.domain;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Matches every n-th document of each index segment: a uniform sample, independent of what the documents say (they
 * are numbered in the order they were indexed), on which broad queries count their facets. Its iterator jumps in
 * constant time, and it declares itself as costly as the whole segment so that the query it filters leads the
 * conjunction and this only checks the query's matches.
 */
final class EveryNthDocument extends Query {

    private final int step;

    EveryNthDocument(int step) {
        if (step < 1) {
            throw new IllegalArgumentException("step " + step);
        }
        this.step = step;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) {
                return new ConstantScoreScorer(this, score(), scoreMode, new Sample(step, context.reader().maxDoc()));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    @Override
    public String toString(String field) {
        return "every " + step + "th document";
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && ((EveryNthDocument) other).step == step;
    }

    @Override
    public int hashCode() {
        return classHash() * 31 + step;
    }

    private static final class Sample extends DocIdSetIterator {

        private final int step;
        private final int maxDoc;
        private int doc = -1;

        Sample(int step, int maxDoc) {
            this.step = step;
            this.maxDoc = maxDoc;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return doc == NO_MORE_DOCS ? doc : advance(doc + 1);
        }

        @Override
        public int advance(int target) {
            long next = ((long) target + step - 1) / step * step;
            doc = next < maxDoc ? (int) next : NO_MORE_DOCS;
            return doc;
        }

        @Override
        public long cost() {
            return maxDoc;
        }
    }
}
