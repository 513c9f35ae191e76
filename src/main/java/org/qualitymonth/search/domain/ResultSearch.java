package org.qualitymonth.search.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateOptionsStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.qualitymonth.shared.ChinaTime;
import org.springframework.stereotype.Service;

/**
 * Runs a {@link SearchRequest} on the index: every word (smartcn-segmented) must occur in the result's texts, or
 * the whole text is a credit code, model or report number; only results whose announcement date has come; the chosen
 * facets filter. The hits are marked by {@link QueryTerms}.
 *
 * <p>Counting is what costs at size: a product word matches a tenth of the index, and an exact total and four facet
 * counts would read every match. So a search first counts on a uniform sample of the index ({@link EveryNthDocument},
 * a sixteenth). When that promises at most {@code exactCountLimit} matches, one query returns the page ranked by
 * relevance with exact counts; beyond, the page lists the newest matches (Lucene then skips the matches that cannot
 * reach it) and the total and facets are the sample's counts scaled up, shown as estimates (decision 0007).
 */
@Service
public class ResultSearch {

    /** One document in this many is in the counting sample. */
    public static final int SAMPLE_STEP = 16;
    private static final String[] PROJECTED = {"planId", "planTitle", "year", "announcedOn", "category", "creditCode",
            "regionCode", "samplingDate", "conclusion", "reportNo", "model", "institution", "productName", "brand",
            "manufacturerName", "failedItems"};
    private static final Map<String, AggregationKey<? extends Map<?, Long>>> FACETS = new LinkedHashMap<>();

    static {
        FACETS.put("category", AggregationKey.of("category"));
        FACETS.put("province", AggregationKey.of("province"));
        FACETS.put("conclusion", AggregationKey.of("conclusion"));
        FACETS.put("year", AggregationKey.of("year"));
    }

    /**
     * Newest sampling date first, undated last, as Lucene's own sort field: Hibernate Search's comparator for the same
     * sort turns Lucene's pruning off, so it visits every match; Lucene's skips the matches whose date (read from the
     * field's points) cannot reach the page. The field is the epoch day Hibernate Search indexes a {@code LocalDate}
     * as, with points and sorted-numeric doc values.
     */
    private static final SortField NEWEST_FIRST = newestFirst();

    private final SearchIndex index;
    private final java.time.Clock clock;
    private final long exactCountLimit;

    public ResultSearch(SearchIndex index, java.time.Clock clock, SearchProperties properties) {
        this.index = index;
        this.clock = clock;
        this.exactCountLimit = properties.exactCountLimit();
    }

    public SearchPage search(SearchRequest request) {
        LocalDate today = ChinaTime.today(clock);
        boolean pending = index.latestAnnouncement().isAfter(today);
        try (SearchSession session = index.mapping().createSession()) {
            SearchResult<?> sample = withFacets(session.search(ResultDocument.class).select(f -> f.id(Long.class))
                    .where(f -> where(f, request, today, pending, false, true))).fetch(0);
            if (sample.total().hitCount() * SAMPLE_STEP > exactCountLimit) {
                SearchResult<List<?>> newest = hits(session, request, today, pending, false)
                        .totalHitCountThreshold(offset(request) + SearchRequest.PAGE_SIZE)
                        .fetch(offset(request), SearchRequest.PAGE_SIZE);
                return page(request, approximately(sample.total().hitCount() * SAMPLE_STEP), true,
                        facets(sample, SAMPLE_STEP), newest, sample.took().toMillis() + newest.took().toMillis());
            }
            SearchResult<List<?>> exact = withFacets(hits(session, request, today, pending, true))
                    .fetch(offset(request), SearchRequest.PAGE_SIZE);
            return page(request, exact.total().hitCount(), false, facets(exact, 1), exact,
                    sample.took().toMillis() + exact.took().toMillis());
        }
    }

    private static SortField newestFirst() {
        SortField field = new SortedNumericSortField("samplingDate", SortField.Type.LONG, true);
        field.setMissingValue(Long.MIN_VALUE);
        return field;
    }

    /** How many documents the index holds, published yet or not. */
    public long indexed() {
        try (SearchSession session = index.mapping().createSession()) {
            return session.search(ResultDocument.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }

    @SuppressWarnings("unchecked")
    private static SearchQueryOptionsStep<?, ?, List<?>, ?, ?, ?> hits(SearchSession session, SearchRequest request, LocalDate today,
                                                                         boolean pending, boolean byRelevance) {
        return (SearchQueryOptionsStep<?, ?, List<?>, ?, ?, ?>) (SearchQueryOptionsStep<?, ?, ?, ?, ?, ?>) session.search(ResultDocument.class)
                .select(f -> f.composite().from(projections(f)).asList())
                .where(f -> where(f, request, today, pending, byRelevance, false))
                .sort(f -> byRelevance && request.hasText() ? f.score().then().field("samplingDate").desc().missing().last()
                        : f.extension(LuceneExtension.get()).fromLuceneSortField(NEWEST_FIRST));
    }

    private static <S extends SearchQueryOptionsStep<?, ?, ?, ?, ?, ?>> S withFacets(S query) {
        query.aggregation(key("category"), f -> f.terms().field("category", String.class).maxTermCount(20))
                .aggregation(key("province"), f -> f.terms().field("province", String.class).maxTermCount(40))
                .aggregation(key("conclusion"), f -> f.terms().field("conclusion", String.class).maxTermCount(5))
                .aggregation(key("year"), f -> f.terms().field("year", Integer.class).maxTermCount(20));
        return query;
    }

    /**
     * The request as a predicate. Results announced for a later day, when the index holds any ({@code pending}), are
     * left out with a negative clause: they are few, so excluding them reads far less than a range over all the
     * others would.
     */
    private static PredicateFinalStep where(SearchPredicateFactory f, SearchRequest request, LocalDate today,
                                            boolean pending, boolean byRelevance, boolean sampled) {
        BooleanPredicateClausesStep<?, ?> where = f.bool();
        if (pending) {
            where.mustNot(f.range().field("announcedOn").greaterThan(today));
        }
        if (request.hasText()) {
            where.must(text(f, request.text(), byRelevance));
        } else {
            where.must(f.matchAll());
        }
        filters(f, request).forEach(where::filter);
        if (sampled) {
            where.filter(f.extension(LuceneExtension.get()).fromLuceneQuery(new EveryNthDocument(SAMPLE_STEP)));
        }
        return where;
    }

    private static int offset(SearchRequest request) {
        return request.page() * SearchRequest.PAGE_SIZE;
    }

    /** An estimate kept to three significant digits: 293,408 is shown as about 293,000. */
    static long approximately(long estimate) {
        long unit = 1;
        while (estimate / unit >= 1000) {
            unit *= 10;
        }
        return Math.round((double) estimate / unit) * unit;
    }

    /**
     * Every word in the result's texts, or the whole text as a credit code, model or report number. In a query of
     * several parts, a part that looks like a code (ASCII letters, digits and hyphens, with a digit) may also be met by
     * a credit code, model or report number, so words and a model can be mixed ("净化器 KJ500F"). Ranked by relevance,
     * a word in the product or manufacturer name counts most.
     */
    private static SearchPredicate text(SearchPredicateFactory f, String text, boolean byRelevance) {
        List<String> parts = List.of(text.strip().split("\\s+"));
        List<String> codes = parts.size() > 1 ? parts.stream().filter(ResultSearch::looksLikeCode).toList() : List.of();
        String words = String.join(" ", parts.stream().filter(part -> !codes.contains(part)).toList());
        BooleanPredicateClausesStep<?, ?> all = f.bool();
        if (!words.isEmpty()) {
            all.must(allWords(f, words));
        }
        for (String code : codes) {
            all.must(f.bool().should(allWords(f, code)).should(codeFields(f, code)));
        }
        if (byRelevance && !words.isEmpty()) {
            all.should(f.simpleQueryString().field("productName").boost(4f).field("manufacturerName").boost(3f)
                    .matching(words).defaultOperator(BooleanOperator.OR).flags(SimpleQueryFlag.WHITESPACE, SimpleQueryFlag.PHRASE));
        }
        return f.bool()
                .should(all)
                .should(codeFields(f, text).boost(10f))
                .toPredicate();
    }

    private static PredicateFinalStep allWords(SearchPredicateFactory f, String words) {
        return f.simpleQueryString().field("text").matching(words)
                .defaultOperator(BooleanOperator.AND).flags(SimpleQueryFlag.WHITESPACE, SimpleQueryFlag.PHRASE);
    }

    private static MatchPredicateOptionsStep<?> codeFields(SearchPredicateFactory f, String code) {
        return f.match().field("creditCode").field("modelCode").field("reportNo").matching(ResultDocuments.code(code));
    }

    private static boolean looksLikeCode(String part) {
        return part.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-'))
                && part.chars().anyMatch(Character::isDigit);
    }

    private static List<SearchPredicate> filters(SearchPredicateFactory f, SearchRequest request) {
        List<SearchPredicate> filters = new ArrayList<>();
        if (request.category() != null) {
            filters.add(f.match().field("category").matching(request.category()).toPredicate());
        }
        if (request.province() != null) {
            filters.add(f.match().field("province").matching(request.province()).toPredicate());
        }
        if (request.conclusion() != null) {
            filters.add(f.match().field("conclusion").matching(request.conclusion().name()).toPredicate());
        }
        if (request.year() != null) {
            filters.add(f.match().field("year").matching(request.year()).toPredicate());
        }
        return filters;
    }

    private static SearchProjection<?>[] projections(SearchProjectionFactory<?, ?> f) {
        List<SearchProjection<?>> list = new ArrayList<>();
        list.add(f.id(Long.class).toProjection());
        for (String field : PROJECTED) {
            list.add(f.field(field).toProjection());
        }
        return list.toArray(SearchProjection<?>[]::new);
    }

    @SuppressWarnings("unchecked")
    private static <K> AggregationKey<Map<K, Long>> key(String name) {
        return (AggregationKey<Map<K, Long>>) (AggregationKey<?>) FACETS.get(name);
    }

    private static Map<String, List<SearchPage.FacetCount>> facets(SearchResult<?> result, int scale) {
        Map<String, List<SearchPage.FacetCount>> facets = new LinkedHashMap<>();
        FACETS.forEach((name, key) -> facets.put(name, result.aggregation(key).entrySet().stream()
                .map(e -> new SearchPage.FacetCount(String.valueOf(e.getKey()),
                        scale == 1 ? e.getValue() : approximately(e.getValue() * scale)))
                .toList()));
        return facets;
    }

    private static SearchPage page(SearchRequest request, long total, boolean estimated,
                                   Map<String, List<SearchPage.FacetCount>> facets, SearchResult<List<?>> ranked,
                                   long tookMillis) {
        QueryTerms terms = QueryTerms.of(request.text());
        int pages = (int) Math.min(SearchRequest.MAX_PAGES, (total + SearchRequest.PAGE_SIZE - 1) / SearchRequest.PAGE_SIZE);
        List<SearchPage.Hit> hits = ranked.hits().stream().map(row -> hit(row, terms)).toList();
        return new SearchPage(total, estimated, request.page(), pages, hits, facets, tookMillis);
    }

    private static SearchPage.Hit hit(List<?> row, QueryTerms terms) {
        return new SearchPage.Hit((Long) row.get(0), (Long) row.get(1), (String) row.get(2), (Integer) row.get(3),
                (LocalDate) row.get(4), (String) row.get(5), terms.mark((String) row.get(13)),
                terms.mark((String) row.get(14)), terms.mark((String) row.get(11)), terms.mark((String) row.get(15)),
                (String) row.get(6), (String) row.get(7), (LocalDate) row.get(8), (String) row.get(9),
                terms.mark((String) row.get(12)), (String) row.get(10), terms.mark((String) row.get(16)));
    }
}
