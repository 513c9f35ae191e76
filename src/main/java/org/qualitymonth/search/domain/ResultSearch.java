package org.qualitymonth.search.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.qualitymonth.shared.ChinaTime;
import org.springframework.stereotype.Service;

/**
 * Runs a {@link SearchRequest} on the index: every word (smartcn-segmented) must occur in one of the text fields, or
 * the whole text is a credit code, model or report number; only results whose announcement date has come; the chosen
 * facets filter; facet counts and one page of hits come back from one query, the hits marked by {@link QueryTerms}.
 */
@Service
public class ResultSearch {

    static final String[] TEXT_FIELDS = {"brand", "categoryName", "regionName", "institution", "failedItems"};
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

    private final SearchIndex index;
    private final java.time.Clock clock;

    public ResultSearch(SearchIndex index, java.time.Clock clock) {
        this.index = index;
        this.clock = clock;
    }

    @SuppressWarnings("unchecked")
    public SearchPage search(SearchRequest request) {
        LocalDate today = ChinaTime.today(clock);
        try (SearchSession session = index.mapping().createSession()) {
            SearchResult<List<?>> result = (SearchResult<List<?>>) (SearchResult<?>) session.search(ResultDocument.class)
                    .select(f -> f.composite().from(projections(f)).asList())

                    .where((f, root) -> {
                        root.add(f.range().field("announcedOn").atMost(today));
                        if (request.hasText()) {
                            root.add(text(f, request.text()));
                        }
                        filters(f, request).forEach(root::add);
                    })
                    .sort(f -> request.hasText() ? f.score().then().field("samplingDate").desc().missing().last()
                            : f.field("samplingDate").desc().missing().last())
                    .aggregation(key("category"), f -> f.terms().field("category", String.class).maxTermCount(20))
                    .aggregation(key("province"), f -> f.terms().field("province", String.class).maxTermCount(40))
                    .aggregation(key("conclusion"), f -> f.terms().field("conclusion", String.class).maxTermCount(5))
                    .aggregation(key("year"), f -> f.terms().field("year", Integer.class).maxTermCount(20))
                    .fetch(request.page() * SearchRequest.PAGE_SIZE, SearchRequest.PAGE_SIZE);
            return page(request, result, QueryTerms.of(request.text()));
        }
    }

    /** How many documents the index holds, published yet or not. */
    public long indexed() {
        try (SearchSession session = index.mapping().createSession()) {
            return session.search(ResultDocument.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }

    private static SearchPredicate text(SearchPredicateFactory f, String text) {
        String code = ResultDocuments.code(text);
        return f.bool()
                .should(f.simpleQueryString().field("productName").boost(4f).field("manufacturerName").boost(3f)
                        .fields(TEXT_FIELDS).matching(text).defaultOperator(BooleanOperator.AND)
                        .flags(SimpleQueryFlag.WHITESPACE, SimpleQueryFlag.PHRASE))
                .should(f.match().field("creditCode").field("modelCode").field("reportNo").matching(code).boost(10f))
                .toPredicate();
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

    private static SearchPage page(SearchRequest request, SearchResult<List<?>> result, QueryTerms terms) {
        long total = result.total().hitCount();
        int pages = (int) Math.min(SearchRequest.MAX_PAGES, (total + SearchRequest.PAGE_SIZE - 1) / SearchRequest.PAGE_SIZE);
        Map<String, List<SearchPage.FacetCount>> facets = new LinkedHashMap<>();
        FACETS.forEach((name, key) -> facets.put(name, result.aggregation(key).entrySet().stream()
                .map(e -> new SearchPage.FacetCount(String.valueOf(e.getKey()), e.getValue())).toList()));
        List<SearchPage.Hit> hits = result.hits().stream().map(row -> hit(row, terms)).toList();
        return new SearchPage(total, request.page(), pages, hits, facets, result.took().toMillis());
    }

    private static SearchPage.Hit hit(List<?> row, QueryTerms terms) {
        return new SearchPage.Hit((Long) row.get(0), (Long) row.get(1), (String) row.get(2), (Integer) row.get(3),
                (LocalDate) row.get(4), (String) row.get(5), terms.mark((String) row.get(13)),
                terms.mark((String) row.get(14)), terms.mark((String) row.get(11)), terms.mark((String) row.get(15)),
                (String) row.get(6), (String) row.get(7), (LocalDate) row.get(8), (String) row.get(9),
                terms.mark((String) row.get(12)), (String) row.get(10), terms.mark((String) row.get(16)));
    }
}
